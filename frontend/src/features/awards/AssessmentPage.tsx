// One application's assessment (/award-applications/:id): the application itself; for an
// assessor, their declaration and scores; for the award's managers, the figures across every
// assessor. Others are refused by the API.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn, useMe } from "@/features/auth";
import { useAssessment, type Assessment } from "./api";
import { AssessorPart } from "./AssessorPart";
import { FiguresSection } from "./FiguresSection";
import { ApplicationStageBadge, CallStageBadge } from "./StageBadge";
import "./i18n";
import "./awards.css";

function AssessmentView({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation("awards");
  const { me } = useMe();
  const application = assessment.application;
  // Managers see every assessor; an assessor is sent their own part only.
  const own = me
    ? assessment.assessors.find((a) => a.user_id === me.id)
    : assessment.viewer_manages
      ? undefined
      : assessment.assessors[0];
  return (
    <article className="award-assessment">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/awards/${assessment.award_id}`}>{t("assessment.ofAward", { title: assessment.award_title })}</Link>
        </p>
        <h1>{application.title}</h1>
        <p className="meta">
          <ApplicationStageBadge stage={application.stage} />
          <span>{t("award.from", { organization: application.organization_name })}</span>
          <CallStageBadge stage={assessment.award_stage} />
        </p>
      </header>
      <section aria-labelledby="application-title">
        <h2 id="application-title">{t("assessment.application")}</h2>
        <p className="pre-wrap">{application.summary}</p>
      </section>
      {own && <AssessorPart assessment={assessment} own={own} />}
      {assessment.viewer_manages && <FiguresSection assessment={assessment} />}
    </article>
  );
}

function AssessmentLoader() {
  const { id } = useParams();
  const query = useAssessment(id);
  usePageTitle(query.data?.application.title);
  return <QueryState query={query}>{(assessment) => <AssessmentView assessment={assessment} />}</QueryState>;
}

export function AssessmentPage() {
  return (
    <RequireSignIn>
      <AssessmentLoader />
    </RequireSignIn>
  );
}
