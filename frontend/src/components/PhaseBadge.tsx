import { useTranslation } from "react-i18next";
import type { Phase } from "@/api/types";

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return <span className={`badge badge-phase-${phase}`}>{t(`phase.${phase}`)}</span>;
}
