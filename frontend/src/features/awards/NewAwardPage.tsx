// Opening an award call in the name of an organisation the person speaks for: its titles,
// description, site-visit threshold and criteria (dimension, names, weight), each refused
// beside its field when the API says so.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn, useMe } from "@/features/auth";
import { useCreateAward, type AwardDimension } from "./api";
import { criteriaRequest, criterionRow, DIMENSIONS, wholeNumber, type CriterionRow } from "./figures";
import "./i18n";
import "./awards.css";

export function NewAwardPage() {
  const { t } = useTranslation("awards");
  usePageTitle(t("new.title"));
  return (
    <RequireSignIn>
      <div className="narrow wide-form">
        <p className="breadcrumb">
          <Link to="/awards">{t("award.all")}</Link>
        </p>
        <h1>{t("new.title")}</h1>
        <p>{t("new.intro")}</p>
        <NewAward />
      </div>
    </RequireSignIn>
  );
}

function NewAward() {
  const { t } = useTranslation("awards");
  const { me, isPending } = useMe();
  // Owners and representatives speak for an organisation; plain members do not.
  const organizations = me?.organizations.filter((o) => o.role === "owner" || o.role === "representative") ?? [];
  if (isPending && !me) return null;
  if (organizations.length === 0) {
    return (
      <p className="notice">
        {t("new.noOrganization")} <Link to="/organizations">{t("new.findOrganization")}</Link>
      </p>
    );
  }
  return <AwardForm organizations={organizations} />;
}

function CriterionInputs({
  row,
  index,
  count,
  update,
  remove,
  errors,
}: {
  row: CriterionRow;
  index: number;
  count: number;
  update: (changes: Partial<CriterionRow>) => void;
  remove: () => void;
  errors: ReturnType<typeof useFieldErrors>;
}) {
  const { t } = useTranslation("awards");
  const field = (name: string) => `criteria[${index}].${name}`;
  const change = (name: string, changes: Partial<CriterionRow>) => {
    errors.edited(field(name));
    update(changes);
  };
  return (
    <fieldset className="award-criterion-row">
      <legend>{t("new.criterionLegend", { number: index + 1 })}</legend>
      <Field label={t("new.dimensionLabel")} error={errors.message(field("dimension"))}>
        {(control) => (
          <select
            {...control}
            value={row.dimension}
            onChange={(e) => change("dimension", { dimension: e.target.value as AwardDimension })}
          >
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`dimension.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("new.nameLabel")} error={errors.message(field("name"))}>
        {(control) => (
          <input {...control} required value={row.name} onChange={(e) => change("name", { name: e.target.value })} />
        )}
      </Field>
      <Field label={t("new.nameEnLabel")} error={errors.message(field("name_en"))}>
        {(control) => (
          <input
            {...control}
            lang="en"
            value={row.nameEn}
            onChange={(e) => change("name_en", { nameEn: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("new.weightLabel")} error={errors.message(field("weight"))}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            value={row.weight}
            onChange={(e) => change("weight", { weight: e.target.value })}
          />
        )}
      </Field>
      {count > 1 && (
        <div>
          <button type="button" className="button" onClick={remove}>
            {t("new.removeCriterion", { number: index + 1 })}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function AwardForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const { t } = useTranslation("awards");
  const navigate = useNavigate();
  const create = useCreateAward();
  const errors = useFieldErrors(create.error);
  const [organization, setOrganization] = useState(organizations[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [description, setDescription] = useState("");
  const [threshold, setThreshold] = useState("60");
  const [rows, setRows] = useState<CriterionRow[]>(() => DIMENSIONS.map((d) => criterionRow(d)));

  const edit = (field: string, set: (value: string) => void) => (e: { target: { value: string } }) => {
    errors.edited(field);
    set(e.target.value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        organization,
        title,
        title_en: titleEn.trim() || null,
        description,
        site_visit_threshold: wholeNumber(threshold, -1),
        criteria: criteriaRequest(rows),
      },
      { onSuccess: (award) => void navigate(`/awards/${award.id}`) },
    );
  };
  const criteriaError = errors.message("criteria");

  return (
    <form className="form" onSubmit={submit}>
      <Field label={t("new.organization")} error={errors.message("organization")}>
        {(control) => (
          <select {...control} value={organization} onChange={edit("organization", setOrganization)}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("new.titleLabel")} error={errors.message("title")}>
        {(control) => <input {...control} required value={title} onChange={edit("title", setTitle)} />}
      </Field>
      <Field label={t("new.titleEnLabel")} error={errors.message("title_en")}>
        {(control) => <input {...control} lang="en" value={titleEn} onChange={edit("title_en", setTitleEn)} />}
      </Field>
      <Field label={t("new.descriptionLabel")} hint={t("new.descriptionHint")} error={errors.message("description")}>
        {(control) => (
          <textarea {...control} required rows={5} value={description} onChange={edit("description", setDescription)} />
        )}
      </Field>
      <Field
        label={t("new.thresholdLabel")}
        hint={t("new.thresholdHint")}
        error={errors.message("site_visit_threshold")}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={threshold}
            onChange={edit("site_visit_threshold", setThreshold)}
          />
        )}
      </Field>
      <section aria-labelledby="criteria-title" className="form">
        <h2 id="criteria-title">{t("new.criteria")}</h2>
        <p className="field-hint">{t("new.criteriaHint")}</p>
        {criteriaError && <p className="field-error">{criteriaError}</p>}
        {rows.map((row, index) => (
          <CriterionInputs
            key={row.key}
            row={row}
            index={index}
            count={rows.length}
            errors={errors}
            update={(changes) => setRows((all) => all.map((r) => (r.key === row.key ? { ...r, ...changes } : r)))}
            remove={() => setRows((all) => all.filter((r) => r.key !== row.key))}
          />
        ))}
        <div>
          <button
            type="button"
            className="button"
            onClick={() => setRows((all) => [...all, criterionRow(all.at(-1)?.dimension ?? "structure")])}
          >
            {t("new.addCriterion")}
          </button>
        </div>
      </section>
      <ErrorNotice error={create.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t("new.submit")}
        </button>
      </div>
    </form>
  );
}
