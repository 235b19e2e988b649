// A table that may scroll sideways on narrow screens; keyboard users can focus and scroll it.
// The region is named after the table, marked as one, so it never repeats the name of the
// section around it (two landmarks with one name cannot be told apart).
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={t("common.tableRegion", { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
