// The public moderation log: every decision and its reason, never who took it.
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useSignedIn } from "@/features/auth";
import { useModerationLog } from "./api";
import { ModerationNav } from "./ModerationNav";
import { TableWrap } from "@/components/TableWrap";

export function ModerationLogPage() {
  const { t } = useTranslation();
  usePageTitle(t("moderation.log.title"));
  const signedIn = useSignedIn();
  const log = useModerationLog();
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div>
      <h1>{t("moderation.log.title")}</h1>
      {signedIn && <ModerationNav />}
      <p className="lead">{t("moderation.log.lead")}</p>
      <QueryState query={log} isEmpty={() => items.length === 0} empty={<p>{t("moderation.log.empty")}</p>}>
        {() => (
          <TableWrap label={t("moderation.log.title")}>
            <table>
              <caption className="visually-hidden">{t("moderation.log.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("moderation.log.when")}</th>
                  <th scope="col">{t("moderation.act.action")}</th>
                  <th scope="col">{t("moderation.log.target")}</th>
                  <th scope="col">{t("moderation.act.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <DateText iso={entry.created_at} withTime />
                    </td>
                    <td>
                      {t(`moderation.action.${entry.action}`, { defaultValue: entry.action })}
                      {entry.automatic && <span className="muted"> ({t("moderation.log.automatic")})</span>}
                    </td>
                    <td>{t(`moderation.targetType.${entry.target_type}`)}</td>
                    <td className="pre-wrap">{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
      {log.hasNextPage && (
        <button type="button" className="button" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </div>
  );
}
