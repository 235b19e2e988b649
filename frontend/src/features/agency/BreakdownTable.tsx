// Participants, votes and support per group; groups too small to show are marked, never figured.
import { useTranslation } from "react-i18next";
import { formatNumber } from "@/i18n/dates";
import type { Breakdown, BreakdownGroup } from "./api";
import "./i18n";
import { TableWrap } from "@/components/TableWrap";

type Translate = ReturnType<typeof useTranslation<"agency">>["t"];

export function groupLabel(group: BreakdownGroup, t: Translate): string {
  if (group.kind === "other") return t("breakdown.other");
  if (group.kind === "undeclared") return t("breakdown.undeclared");
  return group.label ?? t("breakdown.undeclared");
}

export function percent(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined) return "–";
  return `${formatNumber(Math.round(share * 1000) / 10, language)}%`;
}

export function BreakdownTable({ breakdown, caption }: { breakdown: Breakdown; caption: string }) {
  const { t, i18n } = useTranslation("agency");
  const suppressed = t("breakdown.suppressed", { k: breakdown.k });
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.group")}</th>
            <th scope="col">{t("breakdown.participants")}</th>
            <th scope="col">{t("breakdown.votes")}</th>
            <th scope="col">{t("breakdown.support")}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.groups.map((group, i) => (
            <tr key={`${group.kind}-${group.label ?? i}`}>
              <th scope="row">{groupLabel(group, t)}</th>
              {group.suppressed ? (
                <td colSpan={3} className="suppressed">
                  {suppressed}
                </td>
              ) : (
                <>
                  <td>{formatNumber(group.participants ?? 0, i18n.language)}</td>
                  <td>{formatNumber(group.votes?.total ?? 0, i18n.language)}</td>
                  <td>{percent(group.support, i18n.language)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
