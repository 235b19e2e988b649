// Creating an organisation: the creator becomes its owner; it starts unverified.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Field } from "@/components/Field";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { KINDS, useCreateOrganization, type OrganizationKind } from "./api";
import "./i18n";
import { orNull, ProfileForm } from "./ProfileForm";

function NewOrganization() {
  const { t } = useTranslation("organizations");
  usePageTitle(t("form.createTitle"));
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const [kind, setKind] = useState<OrganizationKind>("cso");
  const [slug, setSlug] = useState("");
  return (
    <div>
      <h1>{t("form.createTitle")}</h1>
      <p>{t("form.createIntro")}</p>
      <ProfileForm
        initial={{ name: "", description: "", website: "", province: "" }}
        submitLabel={t("form.create")}
        busy={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            {
              kind,
              name: values.name,
              slug: orNull(slug),
              description: orNull(values.description),
              website: orNull(values.website),
              province: orNull(values.province),
            },
            { onSuccess: (org) => void navigate(`/o/${org.slug}`) },
          )
        }
        before={
          <>
            <Field label={t("form.kind")}>
              {(control) => (
                <select {...control} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("form.slug")} hint={t("form.slugHint")}>
              {(control) => <input {...control} value={slug} onChange={(e) => setSlug(e.target.value)} />}
            </Field>
          </>
        }
      />
    </div>
  );
}

export function NewOrganizationPage() {
  return (
    <RequireSignIn>
      <NewOrganization />
    </RequireSignIn>
  );
}
