// The agreement a sign-up gives: a checkbox naming the terms and the privacy notice, each a
// link (opened beside the form, which keeps what was typed), for the versions in force.
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { fieldMessage } from "@/i18n/errors";
import { useVersionsInForce } from "./api";
import "./i18n";

interface ConsentCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The sign-up's error, whose `consent` fields this shows. */
  error: unknown;
}

export function ConsentCheckbox({ checked, onChange, error }: ConsentCheckboxProps) {
  const { t } = useTranslation("legal");
  const common = useTranslation();
  const inForce = useVersionsInForce();
  const message =
    fieldMessage(error, "consent", common.t) ??
    fieldMessage(error, "consent.privacy", common.t) ??
    fieldMessage(error, "consent.terms", common.t);
  return (
    <div className="field consent-field">
      <label>
        <input
          type="checkbox"
          checked={checked}
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "consent-error" : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />{" "}
        <Trans
          t={t}
          i18nKey="consent.agree"
          components={{
            terms: <Link to="/terms" target="_blank" rel="noopener" />,
            privacy: <Link to="/privacy" target="_blank" rel="noopener" />,
          }}
        />
      </label>
      {message && (
        <p id="consent-error" className="field-error">
          {message}
        </p>
      )}
      <ErrorNotice error={inForce.error} />
    </div>
  );
}
