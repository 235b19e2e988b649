// The responsible organisation publishes a result from accepted proposals, with a first
// milestone if it has one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { useFieldErrors } from "@/components/useFieldErrors";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle, useConsultation, useProvinces } from "@/features/consultations";
import { RESULT_STATUSES, resultKeys, useCreateResult, type ResultStatus } from "./api";
import { MilestoneFields } from "./ResultForms";
import "./results.css";

function useAcceptedProposals(consultationId: string) {
  return useQuery({
    queryKey: ["proposals", "accepted", consultationId],
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}/proposals", {
          params: { path: { id_or_slug: consultationId }, query: { status: "accepted", limit: 100, sort: "top" } },
        }),
      ),
  });
}

export function NewResultPage() {
  const { t } = useTranslation();
  usePageTitle(t("results.new"));
  return (
    <RequireSignIn>
      <NewResult />
    </RequireSignIn>
  );
}

function NewResult() {
  const { t, i18n } = useTranslation();
  const { slug } = useParams();
  const consultation = useConsultation(slug);
  return (
    <QueryState query={consultation}>
      {(c) => (
        <article className="results-page">
          <header className="page-header">
            <p>
              <Link to={`/c/${c.slug}/results`}>{consultationTitle(c, i18n.language)}</Link>
            </p>
            <h1>{t("results.new")}</h1>
          </header>
          <ResultForm consultationId={c.id} />
        </article>
      )}
    </QueryState>
  );
}

function ResultForm({ consultationId }: { consultationId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accepted = useAcceptedProposals(consultationId);
  const provinces = useProvinces();
  const create = useCreateResult(consultationId);
  const milestone = useMutation({
    mutationFn: (args: { id: string; title: string; due: string; done: string; evidence: string }) =>
      unwrap(
        apiClient().POST("/api/v1/results/{id}/milestones", {
          params: { path: { id: args.id } },
          body: { title: args.title, due_date: args.due || null, done_date: args.done || null, evidence: args.evidence },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
  const errors = useFieldErrors(create.error);
  const milestoneErrors = useFieldErrors(milestone.error);
  const [title, setTitle] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [description, setDescription] = useState("");
  const [descriptionEn, setDescriptionEn] = useState("");
  const [province, setProvince] = useState("");
  const [status, setStatus] = useState<ResultStatus>("planned");
  const [progress, setProgress] = useState("0");
  const [chosen, setChosen] = useState<string[]>([]);
  const [ms, setMs] = useState({ title: "", due: "", done: "", evidence: "" });
  const [createdId, setCreatedId] = useState<string | null>(null);

  const addMilestoneThenOpen = (id: string) => {
    if (!ms.title.trim()) {
      void navigate(`/results/${id}`);
      return;
    }
    milestone.mutate({ id, ...ms }, { onSuccess: () => void navigate(`/results/${id}`) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A result already made is not made twice when only its milestone failed.
    if (createdId) {
      addMilestoneThenOpen(createdId);
      return;
    }
    create.mutate(
      {
        title,
        title_en: titleEn.trim() || null,
        description,
        description_en: descriptionEn.trim() || null,
        province: province || null,
        status,
        progress: Number(progress),
        proposal_ids: chosen,
      },
      {
        onSuccess: (created) => {
          setCreatedId(created.id);
          addMilestoneThenOpen(created.id);
        },
      },
    );
  };

  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));

  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>{t("results.fromAccepted")}</legend>
        <QueryState
          query={accepted}
          isEmpty={(page) => page.items.length === 0}
          empty={<p>{t("results.noAccepted")}</p>}
        >
          {(page) => (
            <ul className="plain-list">
              {page.items.map((p) => (
                <li key={p.id}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} /> {p.title}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
        {errors.message("proposal_ids") && <p className="field-error">{errors.message("proposal_ids")}</p>}
      </fieldset>
      <Field label={t("results.titleLabel")} error={errors.message("title")}>
        {(control) => <input {...control} required value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t("results.titleEnLabel")} error={errors.message("title_en")}>
        {(control) => <input {...control} lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />}
      </Field>
      <Field label={t("results.descriptionLabel")} error={errors.message("description")}>
        {(control) => (
          <textarea {...control} required rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </Field>
      <Field label={t("results.descriptionEnLabel")} error={errors.message("description_en")}>
        {(control) => (
          <textarea
            {...control}
            lang="en"
            rows={4}
            value={descriptionEn}
            onChange={(e) => setDescriptionEn(e.target.value)}
          />
        )}
      </Field>
      <Field label={t("results.provinceLabel")} error={errors.message("province")}>
        {(control) => (
          <select {...control} value={province} onChange={(e) => setProvince(e.target.value)}>
            <option value="">{t("results.noProvince")}</option>
            {(provinces.data ?? []).map((p) => (
              <option key={p.th} value={p.th}>
                {i18n.language.startsWith("en") ? p.en : p.th}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("results.statusLabel")}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as ResultStatus)}>
            {RESULT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`results.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("results.progressLabel")} error={errors.message("progress")}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            max={100}
            value={progress}
            onChange={(e) => setProgress(e.target.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend>{t("results.firstMilestone")}</legend>
        <MilestoneFields
          values={ms}
          set={{
            title: (v) => setMs((m) => ({ ...m, title: v })),
            due: (v) => setMs((m) => ({ ...m, due: v })),
            done: (v) => setMs((m) => ({ ...m, done: v })),
            evidence: (v) => setMs((m) => ({ ...m, evidence: v })),
          }}
          message={milestoneErrors.message}
        />
      </fieldset>
      <ErrorNotice error={create.error ?? milestone.error} />
      <button type="submit" className="button button-primary" disabled={create.isPending || milestone.isPending}>
        {t("results.publish")}
      </button>
    </form>
  );
}
