// Suspicious support: bursts of votes on one proposal from accounts made together or from one
// address range, with the accounts, so a moderator can look closer.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { useAnomalies, type Burst } from "./api";
import { ModerationNav } from "./ModerationNav";
import { TableWrap } from "@/components/TableWrap";

const PERIODS = [24, 72, 168, 720] as const;

function BurstCard({ burst }: { burst: Burst }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h3>
        <Link to={`/p/${burst.proposal_id}`}>{burst.title}</Link>
      </h3>
      <p className="meta">
        <span>{t("moderation.anomalies.votes", { count: burst.votes })}</span>
        <DateText iso={burst.from} withTime /> – <DateText iso={burst.to} withTime />
      </p>
      <ul className="plain-list">
        {burst.signals.map((signal, index) => (
          <li key={index}>
            {signal.kind === "shared_network"
              ? t("moderation.anomalies.sharedNetwork", { network: signal.network, count: signal.accounts.length })
              : t("moderation.anomalies.createdTogether", { count: signal.accounts.length })}
          </li>
        ))}
      </ul>
      <TableWrap label={t("moderation.anomalies.accounts")}>
        <table>
          <caption className="visually-hidden">{t("moderation.anomalies.accounts")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("auth.displayName")}</th>
              <th scope="col">{t("moderation.anomalies.created")}</th>
              <th scope="col">{t("vote.tally")}</th>
              <th scope="col">{t("moderation.anomalies.network")}</th>
              <th scope="col">{t("moderation.anomalies.standing")}</th>
            </tr>
          </thead>
          <tbody>
            {burst.accounts.map((account) => (
              <tr key={account.id}>
                <td>{authorName(account, t)}</td>
                <td>
                  <DateText iso={account.account_created_at} withTime />
                </td>
                <td>{t(`vote.${account.vote}`)}</td>
                <td>{account.network ?? "—"}</td>
                <td>
                  {account.banned
                    ? t("moderation.anomalies.banned")
                    : account.suspended
                      ? t("moderation.anomalies.suspended")
                      : t("moderation.anomalies.active")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </li>
  );
}

function Anomalies() {
  const { t } = useTranslation();
  usePageTitle(t("moderation.anomalies.title"));
  const [hours, setHours] = useState<number>(72);
  const report = useAnomalies(hours);
  return (
    <div>
      <h1>{t("moderation.title")}</h1>
      <ModerationNav />
      <h2>{t("moderation.anomalies.title")}</h2>
      <p>{t("moderation.anomalies.lead")}</p>
      <Field label={t("moderation.anomalies.period")}>
        {(control) => (
          <select {...control} value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {PERIODS.map((h) => (
              <option key={h} value={h}>
                {t("moderation.anomalies.lastHours", { count: h })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <QueryState
        query={report}
        isEmpty={(data) => data.items.length === 0}
        empty={<p>{t("moderation.anomalies.none")}</p>}
      >
        {(data) => (
          <ul className="plain-list">
            {data.items.map((burst) => (
              <BurstCard key={`${burst.proposal_id}-${burst.from}`} burst={burst} />
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}

export function AnomaliesPage() {
  return (
    <RequireSignIn>
      <Anomalies />
    </RequireSignIn>
  );
}
