// The caller's API keys: create one for chosen consultations (its secret shown once), list, revoke.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import type { Consultation } from "@/api/types";
import { consultationTitle } from "@/features/consultations";
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKey } from "./api";
import "./i18n";
import { TableWrap } from "@/components/TableWrap";

function NewSecret({ secret }: { secret: string }) {
  const { t } = useTranslation("agency");
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice notice-success" role="status">
      <p>{t("keys.created")}</p>
      <Field label={t("keys.secret")}>
        {(control) => <input {...control} readOnly value={secret} className="secret" onFocus={(e) => e.target.select()} />}
      </Field>
      <button
        type="button"
        className="button"
        onClick={() => {
          void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
        }}
      >
        {copied ? t("keys.copied") : t("keys.copy")}
      </button>
    </div>
  );
}

function KeyRow({ apiKey, titles }: { apiKey: ApiKey; titles: Map<string, string> }) {
  const { t } = useTranslation("agency");
  const revoke = useRevokeApiKey();
  return (
    <tr>
      <th scope="row">{apiKey.name}</th>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>{apiKey.consultation_ids.map((id) => titles.get(id) ?? id).join(", ")}</td>
      <td>
        <DateText iso={apiKey.created_at} />
      </td>
      <td>{apiKey.last_used_at ? <DateText iso={apiKey.last_used_at} withTime /> : t("keys.never")}</td>
      <td>
        {apiKey.revoked_at ? (
          <>
            {t("keys.revoked")} <DateText iso={apiKey.revoked_at} />
          </>
        ) : (
          <button
            type="button"
            className="button button-danger"
            disabled={revoke.isPending}
            onClick={() => {
              if (window.confirm(t("keys.confirm", { name: apiKey.name }))) revoke.mutate(apiKey.id);
            }}
          >
            {t("keys.revoke", { name: apiKey.name })}
          </button>
        )}
        <ErrorNotice error={revoke.error} />
      </td>
    </tr>
  );
}

export function ApiKeys({ consultations }: { consultations: Consultation[] }) {
  const { t, i18n } = useTranslation("agency");
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<string[]>([]);
  const titles = new Map(consultations.map((c) => [c.id, consultationTitle(c, i18n.language)]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, consultation_ids: scope },
      {
        onSuccess: () => {
          setName("");
          setScope([]);
        },
      },
    );
  };

  return (
    <>
      <p className="muted">{t("keys.intro")}</p>
      <form className="form card" onSubmit={submit}>
        <Field label={t("keys.name")}>
          {(control) => <input {...control} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <fieldset>
          <legend>{t("keys.scope")}</legend>
          {consultations.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={scope.includes(c.id)}
                onChange={(e) => setScope(e.target.checked ? [...scope, c.id] : scope.filter((id) => id !== c.id))}
              />{" "}
              {consultationTitle(c, i18n.language)}
            </label>
          ))}
        </fieldset>
        {scope.length === 0 && <p className="field-hint">{t("keys.chooseScope")}</p>}
        <ErrorNotice error={create.error} />
        <button type="submit" className="button button-primary" disabled={create.isPending || scope.length === 0 || !name.trim()}>
          {t("keys.create")}
        </button>
      </form>
      {create.data && <NewSecret secret={create.data.secret} />}
      <QueryState
        query={keys}
        isEmpty={(data) => data.items.length === 0}
        empty={<p className="muted">{t("keys.none")}</p>}
      >
        {(data) => (
          <TableWrap label={t("keys.title")}>
            <table>
              <caption className="visually-hidden">{t("keys.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("keys.name")}</th>
                  <th scope="col">{t("keys.prefix")}</th>
                  <th scope="col">{t("keys.scope")}</th>
                  <th scope="col">{t("keys.createdAt")}</th>
                  <th scope="col">{t("keys.lastUsed")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("keys.revoke", { name: "" })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((k) => (
                  <KeyRow key={k.id} apiKey={k} titles={titles} />
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryState>
    </>
  );
}
