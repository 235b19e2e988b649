// Shows what went wrong with an API call, in the reader's language.
import { useTranslation } from "react-i18next";
import { problemMessage } from "@/i18n/errors";

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      {problemMessage(error, t)}
    </div>
  );
}
