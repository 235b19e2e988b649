import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle, useConsultation } from "@/features/consultations";
import { SimilarProposals } from "@/features/search";
import { useCreateProposal } from "./api";
import { ProposalForm } from "./ProposalForm";

function NewProposal() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("proposal.new"));
  const { slug = "" } = useParams();
  const navigate = useNavigate();
  const consultation = useConsultation(slug);
  const create = useCreateProposal(slug);

  return (
    <QueryState query={consultation}>
      {(data) => (
        <div className="narrow">
          <p className="breadcrumb">
            <Link to={`/c/${data.slug}`}>{consultationTitle(data, i18n.language)}</Link>
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
      )}
    </QueryState>
  );
}

export function NewProposalPage() {
  return (
    <RequireSignIn>
      <NewProposal />
    </RequireSignIn>
  );
}
