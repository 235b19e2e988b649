import { useTranslation } from "react-i18next";
import type { ProposalStatus } from "@/api/types";

/** Nothing for an ordinary published proposal; a badge for every other status. */
export function StatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  if (status === "published") return null;
  return <span className={`badge badge-status-${status}`}>{t(`status.${status}`)}</span>;
}
