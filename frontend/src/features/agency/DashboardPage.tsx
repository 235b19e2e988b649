// One consultation's dashboard for the agency: what citizens said, in figures, groups and answers.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle, useConsultation } from "@/features/consultations";
import { formatNumber } from "@/i18n/dates";
import { ActivityChart } from "./ActivityChart";
import { AnswersDueList } from "./AnswersDueList";
import { DIMENSIONS, useBreakdown, useSummary, type Dimension, type Summary } from "./api";
import { BreakdownTable } from "./BreakdownTable";
import { ExportLinks } from "./ExportLinks";
import "./agency.css";
import "./i18n";
import { OpinionGroupsView } from "./OpinionGroupsView";
import { SurveySummaryView } from "./SurveySummaryView";
import { GroupTotalsTable, QuickRatingsTable, RankingNotes, RankingTable, ValuationsTable } from "./SummaryTables";

function Totals({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation("agency");
  const n = (v: number) => formatNumber(v, i18n.language);
  const figures = [
    ["participants", summary.totals.participants],
    ["proposals", summary.totals.proposals],
    ["comments", summary.totals.comments],
    ["votes", summary.totals.votes.total],
    ["agree", summary.totals.votes.agree],
    ["disagree", summary.totals.votes.disagree],
    ["pass", summary.totals.votes.pass],
  ] as const;
  return (
    <dl className="stat-grid">
      {figures.map(([key, value]) => (
        <div key={key} className="stat" data-stat={key}>
          <dt>{t(`dashboard.${key}`)}</dt>
          <dd>{n(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function BreakdownSection({ consultation }: { consultation: string }) {
  const { t } = useTranslation("agency");
  const [by, setBy] = useState<Dimension>("province");
  const breakdown = useBreakdown(consultation, by);
  return (
    <>
      <div className="no-print">
        <Field label={t("breakdown.by")}>
          {(control) => (
            <select {...control} value={by} onChange={(e) => setBy(e.target.value as Dimension)}>
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`breakdown.dimensions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QueryState query={breakdown}>
        {(data) => <BreakdownTable breakdown={data} caption={t(`breakdown.dimensions.${by}`)} />}
      </QueryState>
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  /** False for what only works on screen (downloads): left out of the printed report. */
  printed?: boolean;
  children: React.ReactNode;
}

function Section({ id, title, printed = true, children }: SectionProps) {
  return (
    <section className={printed ? "dashboard-section" : "dashboard-section no-print"} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Dashboard({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation("agency");
  const consultation = useConsultation(slug);
  const summary = useSummary(slug);
  const title = consultation.data ? consultationTitle(consultation.data, i18n.language) : slug;
  usePageTitle(t("dashboard.title", { title }));
  return (
    <QueryState query={summary}>
      {(s) => (
        <div className="agency dashboard">
          <p className="breadcrumb no-print">
            <Link to="/agency">{t("dashboard.back")}</Link>
          </p>
          <h1>{t("dashboard.title", { title })}</h1>
          <p className="meta">
            {t("dashboard.generated")} <DateText iso={s.generated_at} withTime />
          </p>
          <p className="no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t("dashboard.print")}
            </button>
          </p>
          <Section id="totals" title={t("dashboard.totals")}>
            <Totals summary={s} />
          </Section>
          <Section id="activity" title={t("dashboard.activity")}>
            <ActivityChart daily={s.daily} />
          </Section>
          <div className="two-column">
            <Section id="by-theme" title={t("dashboard.byTheme")}>
              <GroupTotalsTable rows={s.by_theme} caption={t("dashboard.byTheme")} />
            </Section>
            <Section id="by-province" title={t("dashboard.byProvince")}>
              <GroupTotalsTable rows={s.by_province} caption={t("dashboard.byProvince")} />
            </Section>
          </div>
          <Section id="top-supported" title={t("dashboard.topSupported")}>
            <RankingTable rows={s.top_supported} caption={t("dashboard.topSupported")} />
          </Section>
          <Section id="most-divisive" title={t("dashboard.mostDivisive")}>
            <RankingTable rows={s.most_divisive} caption={t("dashboard.mostDivisive")} />
            <RankingNotes />
          </Section>
          <Section id="quick-ratings" title={t("dashboard.quickRatings")}>
            <QuickRatingsTable ratings={s.quick_ratings} />
          </Section>
          <Section id="reader-surveys" title={t("dashboard.surveys")}>
            <SurveySummaryView consultation={slug} />
          </Section>
          <Section id="valuations" title={t("dashboard.valuations")}>
            <ValuationsTable rows={s.valuations} />
          </Section>
          <Section id="breakdown" title={t("breakdown.title")}>
            <BreakdownSection consultation={slug} />
          </Section>
          <Section id="opinion-groups" title={t("groups.title")}>
            <OpinionGroupsView consultation={slug} />
          </Section>
          <Section id="answers-due" title={t("due.title")}>
            <AnswersDueList consultation={slug} />
          </Section>
          <Section id="export" title={t("export.title")} printed={false}>
            <ExportLinks consultation={slug} />
          </Section>
        </div>
      )}
    </QueryState>
  );
}

export function DashboardPage() {
  const { slug } = useParams();
  return (
    <RequireSignIn>
      <Dashboard slug={slug ?? ""} />
    </RequireSignIn>
  );
}
