// The summary's tables: per theme and province, proposals ranked by support or division,
// quick ratings and valuation scores.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "@/i18n/dates";
import type { RankedProposal, RatingScores, Summary } from "./api";
import { percent } from "./BreakdownTable";
import "./i18n";
import { RATING_QUESTIONS } from "./ScoreScale";
import { TableWrap } from "@/components/TableWrap";

export function GroupTotalsTable({ rows, caption }: { rows: Summary["by_theme"]; caption: string }) {
  const { t, i18n } = useTranslation("agency");
  const n = (v: number) => formatNumber(v, i18n.language);
  if (rows.length === 0) return <p className="muted">{t("dashboard.none")}</p>;
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.group")}</th>
            <th scope="col">{t("dashboard.proposals")}</th>
            <th scope="col">{t("dashboard.agree")}</th>
            <th scope="col">{t("dashboard.disagree")}</th>
            <th scope="col">{t("dashboard.pass")}</th>
            <th scope="col">{t("dashboard.comments")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.label ?? `none-${i}`}>
              <th scope="row">{row.label ?? t("dashboard.unlabelled")}</th>
              <td>{n(row.proposals)}</td>
              <td>{n(row.votes.agree)}</td>
              <td>{n(row.votes.disagree)}</td>
              <td>{n(row.votes.pass)}</td>
              <td>{n(row.comments)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function RankingTable({ rows, caption }: { rows: RankedProposal[]; caption: string }) {
  const { t, i18n } = useTranslation("agency");
  const n = (v: number) => formatNumber(v, i18n.language);
  if (rows.length === 0) return <p className="muted">{t("dashboard.none")}</p>;
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.proposal")}</th>
            <th scope="col">{t("dashboard.agree")}</th>
            <th scope="col">{t("dashboard.disagree")}</th>
            <th scope="col">{t("dashboard.pass")}</th>
            <th scope="col">{t("dashboard.support")}</th>
            <th scope="col">{t("dashboard.controversy")}</th>
            <th scope="col">{t("dashboard.stances")}</th>
            <th scope="col">{t("dashboard.answered")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/p/${p.id}`}>{p.title}</Link>
              </th>
              <td>{n(p.agree)}</td>
              <td>{n(p.disagree)}</td>
              <td>{n(p.pass)}</td>
              <td>{percent(p.support, i18n.language)}</td>
              <td>{formatNumber(Math.round(p.controversy * 100) / 100, i18n.language)}</td>
              <td>
                {n(p.comment_stances.for)} / {n(p.comment_stances.against)} / {n(p.comment_stances.neutral)}
              </td>
              <td>{p.answered ? t("dashboard.yes") : t("dashboard.no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** What each ranking column counts, in words: the numbers are only useful if they can be read. */
export function RankingNotes() {
  const { t } = useTranslation("agency");
  return (
    <details className="column-notes">
      <summary>{t("dashboard.notes.title")}</summary>
      <dl>
        <dt>{t("dashboard.support")}</dt>
        <dd>{t("dashboard.notes.support")}</dd>
        <dt>{t("dashboard.controversy")}</dt>
        <dd>{t("dashboard.notes.controversy")}</dd>
        <dt>{t("dashboard.pass")}</dt>
        <dd>{t("dashboard.notes.pass")}</dd>
        <dt>{t("dashboard.stances")}</dt>
        <dd>{t("dashboard.notes.stances")}</dd>
      </dl>
    </details>
  );
}

function average(value: number | null | undefined, language: string) {
  return value === null || value === undefined ? "–" : formatNumber(Math.round(value * 100) / 100, language);
}

/** Five small bars, the count of each score written out for those who cannot see them. */
export function Distribution({ counts }: { counts: readonly number[] }) {
  const { i18n } = useTranslation("agency");
  const max = Math.max(1, ...counts);
  return (
    <ol className="distribution">
      {counts.map((count, i) => (
        <li key={i}>
          <span className="distribution-score">{i + 1}</span>
          <span className="distribution-bar" style={{ width: `${(count / max) * 6}rem` }} aria-hidden="true" />
          <span className="distribution-count">{formatNumber(count, i18n.language)}</span>
        </li>
      ))}
    </ol>
  );
}

/** The quick ratings, or a note while fewer than k people rated (nothing of them is shown). */
export function QuickRatingsTable({ ratings }: { ratings: Summary["quick_ratings"] }) {
  const { t } = useTranslation("agency");
  const { usefulness, understanding, satisfaction } = ratings;
  if (!ratings.shown || !usefulness || !understanding || !satisfaction) {
    return <p className="muted">{t("dashboard.ratingsFewer", { k: ratings.k })}</p>;
  }
  return (
    <>
      <p>{t("dashboard.responses", { count: ratings.responses ?? 0 })}</p>
      <ScoresTable
        scores={{ usefulness, understanding, satisfaction }}
        caption={t("dashboard.quickRatings")}
      />
    </>
  );
}

/** The mean and the 1–5 distribution of each of the three questions. */
export function ScoresTable({
  scores,
  caption,
  questions = "ratings",
}: {
  scores: Record<(typeof RATING_QUESTIONS)[number], RatingScores>;
  caption: string;
  /** Whose wording of the questions heads the rows. */
  questions?: "ratings" | "survey";
}) {
  const { t, i18n } = useTranslation("agency");
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.criterion")}</th>
            <th scope="col">{t("dashboard.average")}</th>
            <th scope="col">{t("dashboard.distribution")}</th>
          </tr>
        </thead>
        <tbody>
          {RATING_QUESTIONS.map((q) => {
            const row: RatingScores = scores[q];
            return (
              <tr key={q}>
                <th scope="row">{t(`${questions}.${q}`)}</th>
                <td>{average(row.average, i18n.language)}</td>
                <td>
                  <Distribution counts={row.distribution} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function ValuationsTable({ rows }: { rows: Summary["valuations"] }) {
  const { t, i18n } = useTranslation("agency");
  if (rows.length === 0) return <p className="muted">{t("dashboard.none")}</p>;
  return (
    <TableWrap label={t("dashboard.valuations")}>
      <table>
        <caption className="visually-hidden">{t("dashboard.valuations")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.criterion")}</th>
            <th scope="col">{t("dashboard.valuationCount")}</th>
            <th scope="col">{t("dashboard.average")}</th>
            <th scope="col">{t("dashboard.distribution")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">{row.criterion}</th>
              <td>{formatNumber(row.valuations, i18n.language)}</td>
              <td>{average(row.average, i18n.language)}</td>
              <td>
                <Distribution counts={row.distribution} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
