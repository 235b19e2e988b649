// The opinion groups: a scatter of participants, what sets each group apart, and the consensus.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { useOpinionGroups } from "./api";
import "./i18n";
import { groupColour, OpinionScatter } from "./OpinionScatter";

export function OpinionGroupsView({ consultation }: { consultation: string }) {
  const { t } = useTranslation("agency");
  const query = useOpinionGroups(consultation);
  return (
    <QueryState query={query}>
      {(data) => {
        if (data.pending) {
          return (
            <div className="notice" role="status">
              <p>{t("groups.pending")}</p>
              <button type="button" className="button" onClick={() => void query.refetch()}>
                {t("groups.retry")}
              </button>
            </div>
          );
        }
        const report = data.report;
        if (report.groups.length === 0) return <p className="muted">{t("groups.empty")}</p>;
        return (
          <div className="opinion-groups">
            <p className="meta">
              <span>
                {t("groups.computed")} <DateText iso={report.computed_at} withTime />
              </span>
              <span>
                {t("groups.summary", {
                  grouped: report.grouped_count,
                  participants: report.participant_count,
                  votes: report.vote_count,
                })}
              </span>
            </p>
            {report.stale && <p className="muted">{t("groups.stale")}</p>}
            <OpinionScatter points={report.participants} groupIds={report.groups.map((g) => g.id)} />
            <div className="card-grid">
              {report.groups.map((group) => (
                <section key={group.id} className="card group-card" aria-labelledby={`group-${group.id}`}>
                  <h3 id={`group-${group.id}`}>
                    <span className="swatch" style={{ background: groupColour(group.id) }} aria-hidden="true" />
                    {t("groups.group", { id: group.id + 1 })}{" "}
                    <span className="muted">({t("groups.size", { count: group.size })})</span>
                  </h3>
                  <p className="muted">{t("groups.representative")}</p>
                  <ul className="plain-list">
                    {group.representative.map((r) => (
                      <li key={r.proposal_id}>
                        <Link to={`/p/${r.proposal_id}`}>{r.title}</Link>{" "}
                        <span className="muted">
                          {t("groups.share", {
                            success: r.n_success,
                            trials: r.n_trials,
                            leaning: r.repful_for === "agree" ? t("groups.agrees") : t("groups.disagrees"),
                          })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
            <h3>{t("groups.consensus")}</h3>
            <div className="two-column">
              {(["agree", "disagree"] as const).map((side) => (
                <section key={side} aria-labelledby={`consensus-${side}`}>
                  <h4 id={`consensus-${side}`}>
                    {side === "agree" ? t("groups.consensusAgree") : t("groups.consensusDisagree")}
                  </h4>
                  {report.consensus[side].length > 0 ? (
                    <ul className="plain-list">
                      {report.consensus[side].map((s) => (
                        <li key={s.proposal_id}>
                          <Link to={`/p/${s.proposal_id}`}>{s.title}</Link>{" "}
                          <span className="muted">
                            ({s.n_success}/{s.n_trials})
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t("dashboard.none")}</p>
                  )}
                </section>
              ))}
            </div>
          </div>
        );
      }}
    </QueryState>
  );
}
