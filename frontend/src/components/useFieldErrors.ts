// A submitted form's field errors, each cleared as soon as the person edits that field: an error
// that stays beside a field already put right reads as if the form still refused it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldMessage } from "@/i18n/errors";

export function useFieldErrors(error: unknown) {
  const { t } = useTranslation();
  const [edited, setEdited] = useState<{ error: unknown; fields: ReadonlySet<string> }>({
    error,
    fields: new Set(),
  });
  // A new error (a new submission) shows all its field errors again.
  const fields = edited.error === error ? edited.fields : new Set<string>();
  return {
    /** The translated reason `field` was refused, unless it was edited since. */
    message: (field: string) => (fields.has(field) ? undefined : fieldMessage(error, field, t)),
    /** Call when `field` changes. */
    edited: (field: string) => {
      if (!fields.has(field)) setEdited({ error, fields: new Set([...fields, field]) });
    },
  };
}
