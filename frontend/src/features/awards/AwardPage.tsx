// One award call: its description, criteria by dimension and applications with their stage.
// Organisations the reader speaks for may apply while it is open; its managers assign and
// remove each application's assessors, open its assessment and move the award on; an
// assessor finds the applications to assess.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { useFieldErrors } from "@/components/useFieldErrors";
import { usePageTitle } from "@/components/usePageTitle";
import {
  awardTitle,
  useAdvanceAward,
  useApply,
  useAssignAssessor,
  useAward,
  useRemoveAssessor,
  type Award,
  type AwardApplication,
  type AssessorSummary,
} from "./api";
import { AwardErrorNotice } from "./AwardErrorNotice";
import { ConfirmButton } from "./ConfirmButton";
import { CriteriaSection } from "./CriteriaSection";
import { assessorStatus, formatPercent } from "./figures";
import { ApplicationStageBadge, CallStageBadge } from "./StageBadge";
import "./i18n";
import "./awards.css";

function ManageSection({ award }: { award: Award }) {
  const { t } = useTranslation("awards");
  const advance = useAdvanceAward(award.id);
  const stage = award.stage;
  return (
    <section aria-labelledby="manage-title" className="card">
      <h2 id="manage-title">{t("manage.title")}</h2>
      {advance.isSuccess && (
        <p className="notice notice-success" role="status">
          {t(`manage.advanced.${advance.data.stage}`)}
        </p>
      )}
      {stage !== "decided" && (
        <>
          <p className="field-hint">{t(`manage.advanceHint.${stage}`)}</p>
          <ConfirmButton
            label={t(`manage.advance.${stage}`)}
            question={t(`manage.confirm.${stage}`)}
            pending={advance.isPending}
            onConfirm={(done) => advance.mutate(undefined, { onSettled: done })}
          />
        </>
      )}
      <AwardErrorNotice error={advance.error} />
    </section>
  );
}

function AssessorItem({
  applicationId,
  assessor,
  criteriaCount,
  removable,
}: {
  applicationId: string;
  assessor: AssessorSummary;
  criteriaCount: number;
  removable: boolean;
}) {
  const { t } = useTranslation("awards");
  const remove = useRemoveAssessor(applicationId);
  const status = assessorStatus(assessor, criteriaCount);
  return (
    <li>
      <span>
        <strong>{assessor.display_name}</strong> —{" "}
        {t(`manage.status.${status}`, { scored: assessor.scored, total: criteriaCount })}
      </span>
      {removable && (
        <ConfirmButton
          danger
          label={t("manage.remove", { name: assessor.display_name })}
          question={t("manage.removeConfirm", { name: assessor.display_name })}
          pending={remove.isPending}
          onConfirm={(done) => remove.mutate(assessor.user_id, { onSettled: done })}
        />
      )}
      <AwardErrorNotice error={remove.error} />
    </li>
  );
}

function AssignForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation("awards");
  const assign = useAssignAssessor(applicationId);
  const errors = useFieldErrors(assign.error);
  const [email, setEmail] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate(email.trim(), { onSuccess: () => setEmail("") });
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t("manage.assign")}>
      <Field label={t("manage.assignEmail")} hint={t("manage.assignHint")} error={errors.message("email")}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => {
              errors.edited("email");
              setEmail(e.target.value);
            }}
          />
        )}
      </Field>
      <AwardErrorNotice error={assign.error} />
      {assign.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("manage.assigned")}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={assign.isPending}>
          {t("manage.assignSubmit")}
        </button>
      </div>
    </form>
  );
}

function ApplicationCard({ award, application }: { award: Award; application: AwardApplication }) {
  const { t, i18n } = useTranslation("awards");
  const titleId = `application-${application.id}`;
  const stillOpen = award.stage !== "decided";
  return (
    <article className="card award-application" aria-labelledby={titleId}>
      <h3 id={titleId}>{application.title}</h3>
      <p className="meta">
        <ApplicationStageBadge stage={application.stage} />
        <span>{t("award.from", { organization: application.organization_name })}</span>
        {application.score != null && (
          <span>{t("award.score", { value: formatPercent(application.score, i18n.language) })}</span>
        )}
      </p>
      <p className="pre-wrap">{application.summary}</p>
      {application.viewer_assesses && (
        <p>
          <Link className="button" to={`/award-applications/${application.id}`}>
            {t("award.assess", { title: application.title })}
          </Link>
        </p>
      )}
      {award.viewer_manages && (
        <div>
          <h4>{t("manage.assessors")}</h4>
          {(application.assessors ?? []).length === 0 ? (
            <p>{t("manage.noAssessors")}</p>
          ) : (
            <ul className="award-assessors">
              {(application.assessors ?? []).map((a) => (
                <AssessorItem
                  key={a.user_id}
                  applicationId={application.id}
                  assessor={a}
                  criteriaCount={award.criteria.length}
                  removable={stillOpen}
                />
              ))}
            </ul>
          )}
          {stillOpen && <AssignForm applicationId={application.id} />}
          <p>
            <Link to={`/award-applications/${application.id}`}>
              {t("award.viewAssessment", { title: application.title })}
            </Link>
          </p>
        </div>
      )}
    </article>
  );
}

function ApplyForm({ award, apply }: { award: Award; apply: ReturnType<typeof useApply> }) {
  const { t } = useTranslation("awards");
  const errors = useFieldErrors(apply.error);
  const options = award.viewer_may_apply_for;
  const [organization, setOrganization] = useState(options[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const edit = (field: string, set: (value: string) => void) => (e: { target: { value: string } }) => {
    errors.edited(field);
    set(e.target.value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate({ organization, title, summary });
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="apply-title">
      <Field label={t("apply.organization")} error={errors.message("organization")}>
        {(control) => (
          <select {...control} value={organization} onChange={edit("organization", setOrganization)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("apply.titleLabel")} error={errors.message("title")}>
        {(control) => <input {...control} required value={title} onChange={edit("title", setTitle)} />}
      </Field>
      <Field label={t("apply.summaryLabel")} hint={t("apply.summaryHint")} error={errors.message("summary")}>
        {(control) => (
          <textarea {...control} required rows={6} value={summary} onChange={edit("summary", setSummary)} />
        )}
      </Field>
      <AwardErrorNotice error={apply.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={apply.isPending}>
          {t("apply.submit")}
        </button>
      </div>
    </form>
  );
}

/**
 * The application form, for those who may apply; it holds the request itself, so the
 * confirmation stays once the last organisation the reader speaks for has applied.
 */
function ApplySection({ award }: { award: Award }) {
  const { t } = useTranslation("awards");
  const apply = useApply(award.id);
  const options = award.viewer_may_apply_for;
  if (options.length === 0 && !apply.isSuccess) return null;
  return (
    <section aria-labelledby="apply-title">
      <h2 id="apply-title">{t("apply.title")}</h2>
      {apply.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("apply.sent")}
        </p>
      )}
      {/* A fresh form after each application, so another organisation starts from empty fields. */}
      {options.length > 0 && <ApplyForm key={award.applications.length} award={award} apply={apply} />}
    </section>
  );
}

function AwardView({ award }: { award: Award }) {
  const { t, i18n } = useTranslation("awards");
  const title = awardTitle(award, i18n.language);
  return (
    <article className="award-page">
      <header className="page-header">
        <p className="breadcrumb">
          <Link to="/awards">{t("award.all")}</Link>
        </p>
        <h1>{title}</h1>
        <p className="meta">
          <CallStageBadge stage={award.stage} />
          <span>{t("list.runBy", { organization: award.organization_name })}</span>
        </p>
        <p>{t(`award.stageLead.${award.stage}`)}</p>
      </header>
      <p className="pre-wrap">{award.description}</p>
      <dl className="facts">
        <dt>{t("award.threshold")}</dt>
        <dd>{t("award.thresholdValue", { value: formatPercent(award.site_visit_threshold, i18n.language) })}</dd>
      </dl>

      {award.viewer_manages && <ManageSection award={award} />}

      <CriteriaSection criteria={award.criteria} />

      <section aria-labelledby="applications-title">
        <h2 id="applications-title">{t("award.applications")}</h2>
        {award.applications.length === 0 ? (
          <p>{t("award.noApplications")}</p>
        ) : (
          <div className="award-applications">
            {award.applications.map((a) => (
              <ApplicationCard key={a.id} award={award} application={a} />
            ))}
          </div>
        )}
      </section>

      {award.stage === "open" && <ApplySection award={award} />}
    </article>
  );
}

export function AwardPage() {
  const { i18n } = useTranslation("awards");
  const { id } = useParams();
  const query = useAward(id);
  usePageTitle(query.data && awardTitle(query.data, i18n.language));
  return <QueryState query={query}>{(award) => <AwardView award={award} />}</QueryState>;
}
