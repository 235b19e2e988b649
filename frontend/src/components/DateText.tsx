// A date in the reader's calendar: Buddhist Era in Thai.
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "@/i18n/dates";

export function DateText({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const { i18n } = useTranslation();
  const text = withTime ? formatDateTime(iso, i18n.language) : formatDate(iso, i18n.language);
  return <time dateTime={iso}>{text}</time>;
}
