// Downloads of the consultation's rows, each kind in each format.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { downloadExport, EXPORT_FORMATS, EXPORT_WHATS } from "./api";
import "./i18n";
import { TableWrap } from "@/components/TableWrap";

export function ExportLinks({ consultation }: { consultation: string }) {
  const { t } = useTranslation("agency");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <>
      <p className="muted">{t("export.intro")}</p>
      <TableWrap label={t("export.title")}>
        <table className="export-table">
          <tbody>
            {EXPORT_WHATS.map((what) => (
              <tr key={what}>
                <th scope="row">{t(`export.what.${what}`)}</th>
                {EXPORT_FORMATS.map((format) => {
                  const id = `${what}-${format}`;
                  return (
                    <td key={format}>
                      <button
                        type="button"
                        className="button"
                        disabled={busy === id}
                        aria-label={t("export.download", { what: t(`export.what.${what}`), format: format.toUpperCase() })}
                        onClick={() => {
                          setError(null);
                          setBusy(id);
                          downloadExport(consultation, what, format, consultation)
                            .catch((e: unknown) => setError(e))
                            .finally(() => setBusy(null));
                        }}
                      >
                        {format.toUpperCase()}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <ErrorNotice error={error} />
    </>
  );
}
