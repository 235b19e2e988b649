import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Loading } from "@/components/Loading";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth/RequireSignIn";
import { useConsultation } from "@/features/consultations/api";
import { SimilarProposals } from "@/features/search/SimilarProposals";
import { useCreateProposal } from "./api";
import { ProposalForm } from "./ProposalForm";

function NewProposal() {
  const { t } = useTranslation();
  usePageTitle(t("proposal.new"));
  const { slug = "" } = useParams();
  const navigate = useNavigate();
  const consultation = useConsultation(slug);
  const create = useCreateProposal(slug);

  if (consultation.isPending) return <Loading />;
  if (consultation.isError) return <ErrorNotice error={consultation.error} />;
  const { data } = consultation;

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to={`/c/${data.slug}`}>{data.title}</Link>
      </p>
      <h1>{t("proposal.new")}</h1>
      {!data.allowed.propose && (
        <div className="notice" role="status">
          {t("proposal.proposingClosed")}
        </div>
      )}
      <div className="card">
        <ProposalForm
          initial={{ title: "", body: "", theme: "", province: "" }}
          themes={data.themes}
          provinces={data.provinces}
          submitLabel={t("proposal.submit")}
          pending={create.isPending}
          error={create.error}
          draftHint={(draft) => <SimilarProposals consultation={data.id} title={draft.title} body={draft.body} />}
          onSubmit={(input) =>
            create.mutate(input, { onSuccess: (created) => void navigate(`/p/${created.id}`) })
          }
        />
      </div>
    </div>
  );
}

export function NewProposalPage() {
  return (
    <RequireSignIn>
      <NewProposal />
    </RequireSignIn>
  );
}
