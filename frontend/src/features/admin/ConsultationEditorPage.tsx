// Opening a new consultation (/admin/consultations/new) or editing one (/admin/consultations/:slug).
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Me } from "@/api/types";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { CONVENING_KINDS, useMe } from "@/features/auth";
import { useConsultation } from "@/features/consultations";
import { useCreateConsultation, useUpdateConsultation } from "./api";
import { ConsultationEditor } from "./ConsultationEditor";
import { draftFrom, emptyDraft, inputFrom } from "./draft";
import { RequireManager } from "./RequireAccess";

/** The verified labs and agencies the person belongs to: the organisations that may own a consultation. */
function labsOf(me: Me | undefined) {
  return me?.organizations.filter((org) => CONVENING_KINDS.includes(org.kind) && org.verified) ?? [];
}

function NewConsultation() {
  const { t } = useTranslation();
  usePageTitle(t("admin.newConsultation"));
  const navigate = useNavigate();
  const { me } = useMe();
  const create = useCreateConsultation();
  const labs = labsOf(me);
  const isAdmin = me?.role === "admin";
  return (
    <div className="narrow wide-form">
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.newConsultation")}</h1>
      <ConsultationEditor
        initial={emptyDraft(isAdmin ? "" : (labs[0]?.id ?? ""))}
        labs={labs}
        ownerOptional={isAdmin}
        submitLabel={t("admin.create")}
        pending={create.isPending}
        error={create.error}
        saved={false}
        onSubmit={(draft) =>
          create.mutate(inputFrom(draft), {
            onSuccess: (created) => void navigate(`/admin/consultations/${created.slug}`, { replace: true }),
          })
        }
      />
    </div>
  );
}

function EditConsultation({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useMe();
  const consultation = useConsultation(slug);
  const update = useUpdateConsultation(consultation.data?.id ?? slug);
  usePageTitle(consultation.data ? t("admin.editNamed", { title: consultation.data.title }) : undefined);
  return (
    <QueryState query={consultation}>
      {(data) => (
        <div className="narrow wide-form">
          <p className="breadcrumb">
            <Link to="/admin">{t("admin.title")}</Link> · <Link to={`/c/${data.slug}`}>{t("admin.view")}</Link>
          </p>
          <h1>{t("admin.editNamed", { title: data.title })}</h1>
          <ConsultationEditor
            key={data.id}
            initial={draftFrom(data)}
            labs={labsOf(me)}
            ownerOptional={me?.role === "admin"}
            submitLabel={t("common.save")}
            pending={update.isPending}
            error={update.error}
            saved={update.isSuccess}
            onSubmit={(draft) =>
              update.mutate(inputFrom(draft), {
                onSuccess: (saved) => {
                  if (saved.slug !== slug) void navigate(`/admin/consultations/${saved.slug}`, { replace: true });
                },
              })
            }
          />
        </div>
      )}
    </QueryState>
  );
}

function ConsultationEditorRoute() {
  const { slug } = useParams();
  return slug ? <EditConsultation slug={slug} /> : <NewConsultation />;
}

export function ConsultationEditorPage() {
  return (
    <RequireManager>
      <ConsultationEditorRoute />
    </RequireManager>
  );
}
