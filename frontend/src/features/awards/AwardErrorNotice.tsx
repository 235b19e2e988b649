// What went wrong with an award's request: the app's usual sentence, except that a step the
// award's stage no longer allows is told in the award's words, not a consultation's.
import { useTranslation } from "react-i18next";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import "./i18n";

export function AwardErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation("awards");
  if (error instanceof ApiProblem && error.code === "phase_closed") {
    return (
      <div className="notice notice-error" role="alert">
        {t("stageClosed")}
      </div>
    );
  }
  return <ErrorNotice error={error} />;
}
