// Every award call, newest first: its title, who runs it and its stage; signed-in people may
// open one.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useSignedIn } from "@/features/auth";
import { awardTitle, useAwards } from "./api";
import { formatPercent } from "./figures";
import { CallStageBadge } from "./StageBadge";
import "./i18n";
import "./awards.css";

export function AwardsPage() {
  const { t, i18n } = useTranslation("awards");
  usePageTitle(t("list.title"));
  const signedIn = useSignedIn();
  const awards = useAwards();
  return (
    <div>
      <h1>{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      {signedIn && (
        <p>
          <Link className="button button-primary" to="/awards/new">
            {t("list.new")}
          </Link>
        </p>
      )}
      <QueryState query={awards} isEmpty={(d) => d.items.length === 0} empty={<p>{t("list.none")}</p>}>
        {({ items }) => (
          <ul className="plain-list award-list">
            {items.map((a) => (
              <li key={a.id} className="card award-card">
                <h2>
                  <Link to={`/awards/${a.id}`}>{awardTitle(a, i18n.language)}</Link>
                </h2>
                <p className="meta">
                  <CallStageBadge stage={a.stage} />
                  <span>{t("list.runBy", { organization: a.organization_name })}</span>
                  <span>{t("list.threshold", { value: formatPercent(a.site_visit_threshold, i18n.language) })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
