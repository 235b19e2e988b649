// One proposal: its text, the official answer, votes, the author's tools, and the discussion.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { proposalKeys } from "@/api/queryKeys";
import type { Consultation, Proposal } from "@/api/types";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { RichText } from "@/components/RichText";
import { usePageTitle } from "@/components/usePageTitle";
import { useMe, useSignedIn } from "@/features/auth";
import { CommentThread } from "@/features/comments";
import { consultationTitle, useConsultation } from "@/features/consultations";
import { FlagButton } from "@/features/flags";
import { FollowButton } from "@/features/follows";
import { ProposalModeration } from "@/features/moderation";
import { ProposalAgencyPanel } from "@/features/agency";
import { useProposal } from "./api";
import { AttachmentList } from "@/components/Attachments";
import { AuthorTools } from "./AuthorTools";
import { ImageGallery } from "./ImageGallery";
import { ImageManager } from "./ImageManager";
import { Revisions } from "./Revisions";
import { StatusBadge } from "./StatusBadge";
import { VoteButtons } from "./VoteButtons";

type Translate = TFunction;

/** Why people cannot take part on this proposal right now, or null when they can. */
function closedReason(proposal: Proposal, consultation: Consultation, action: "vote" | "comment", t: Translate) {
  if (proposal.status === "withdrawn") return t("proposal.withdrawnNotice");
  if (proposal.locked) return t("proposal.lockedNotice");
  if (!consultation.allowed[action]) return t(`proposal.${action}Closed`);
  return null;
}

export function ProposalPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const proposal = useProposal(id);
  const consultation = useConsultation(proposal.data?.consultation_id);
  const signedIn = useSignedIn();
  const { me } = useMe();
  usePageTitle(proposal.data?.title);

  return (
    <QueryState query={proposal}>
      {(p) => (
        <QueryState query={consultation}>
          {(c) => {
            const isAuthor = me?.id === p.author.id;
            return (
              <article className="proposal">
                <p className="breadcrumb">
                  <Link to={`/c/${c.slug}`}>{consultationTitle(c, i18n.language)}</Link>
                </p>
                <header className="page-header">
                  <h1>{p.title}</h1>
                  <p className="meta">
                    <StatusBadge status={p.status} />
                    <span>{t("proposal.by", { name: authorName(p.author, t) })}</span>
                    <DateText iso={p.created_at} />
                    {p.updated_at !== p.created_at && (
                      <span>
                        ({t("proposal.editedOn")} <DateText iso={p.updated_at} />)
                      </span>
                    )}
                    {p.theme && <span className="tag">{p.theme}</span>}
                    {p.province && <span className="tag">{p.province}</span>}
                  </p>
                  {signedIn && (
                    <div className="actions">
                      <FollowButton target="proposal" id={p.id} following={!!p.following} queryKey={proposalKeys.one(p.id)} />
                      {!isAuthor && <FlagButton targetType="proposal" targetId={p.id} />}
                    </div>
                  )}
                  {p.hidden_reason && (
                    <div className="notice" role="note">
                      {t("proposal.hiddenNotice", { reason: p.hidden_reason })}
                    </div>
                  )}
                </header>

                {p.official_response && (
                  <section className="official-response" aria-labelledby="response-title">
                    <h2 id="response-title">{t("proposal.officialResponse")}</h2>
                    <p className="pre-wrap">{p.official_response.body}</p>
                    {(p.official_response.attachments?.length ?? 0) > 0 && (
                      <>
                        <h3>{t("attachments.ofAnswer")}</h3>
                        <AttachmentList attachments={p.official_response.attachments ?? []} />
                      </>
                    )}
                    {(p.official_response.organization_name || p.official_response.responded_at) && (
                      <p className="meta">
                        {p.official_response.organization_name && (
                          <span>{t("proposal.answeredBy", { organization: p.official_response.organization_name })} </span>
                        )}
                        {p.official_response.responded_at && <DateText iso={p.official_response.responded_at} />}
                      </p>
                    )}
                  </section>
                )}

                {(p.results?.length ?? 0) > 0 && (
                  <section aria-labelledby="fed-results-title">
                    <h2 id="fed-results-title">{t("results.fedResults")}</h2>
                    <ul>
                      {(p.results ?? []).map((r) => (
                        <li key={r.id}>
                          <Link to={`/results/${r.id}`}>
                            {i18n.language.startsWith("en") && r.title_en ? r.title_en : r.title}
                          </Link>{" "}
                          — {t("results.percentDone", { value: r.progress })}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}

                <div className="two-column">
                  <div>
                    <RichText html={p.body_html} />
                    <ImageGallery images={p.images} restricted={p.hidden} />
                    {isAuthor && <AuthorTools proposal={p} consultation={c} />}
                    {isAuthor && c.allowed.propose && !p.locked && p.status !== "withdrawn" && (
                      <ImageManager proposal={p} />
                    )}
                    {p.viewer_moderates && <ProposalModeration proposal={p} />}
                    <Revisions proposalId={p.id} />
                    <ProposalAgencyPanel proposal={p} consultation={c} />
                  </div>
                  <VoteButtons proposal={p} signedIn={signedIn} closedReason={closedReason(p, c, "vote", t)} />
                </div>

                <CommentThread
                  proposalId={p.id}
                  total={p.counts.comments}
                  closedReason={closedReason(p, c, "comment", t)}
                />
              </article>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
