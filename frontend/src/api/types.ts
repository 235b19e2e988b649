// Names for the schemas the app uses, all taken from the generated OpenAPI types.
import type { components, operations } from "./schema";

type Schemas = components["schemas"];

export type Consultation = Schemas["ConsultationResponse"];
export type ConsultationInput = Schemas["ConsultationRequest"];
export type Phase = Schemas["Phase"];
export type Timeline = Schemas["Timeline"];
export type Proposal = Schemas["ProposalResponse"];
export type ProposalInput = Schemas["ProposalRequest"];
export type ProposalStatus = Schemas["Status"];
export type Revision = Schemas["RevisionResponse"];
export type VoteValue = Schemas["VoteValue"];
export type VoteResult = Schemas["VoteResponse"];
export type Comment = Schemas["CommentResponse"];
export type CommentInput = Schemas["CreateCommentRequest"];
export type CommentUpdate = Schemas["UpdateCommentRequest"];
export type CommentVoteValue = Schemas["CommentVoteValue"];
export type Stance = Schemas["Stance"];
export type Me = Schemas["MeResponse"];
export type MeUpdate = Schemas["UpdateMeRequest"];
export type Membership = Schemas["MembershipView"];
export type Role = Schemas["Role"];
export type Locale = Schemas["Locale"];
export type TokenPair = Schemas["TokenResponse"];
export type Problem = Schemas["Problem"];
export type ProblemCode = Schemas["ProblemCode"];
export type FieldError = Schemas["FieldError"];
export type RegisterInput = Schemas["RegisterRequest"];
export type LoginInput = Schemas["LoginRequest"];

/** Query parameters of the proposals list, as the spec declares them. */
export type ProposalListQuery = NonNullable<operations["list_proposals"]["parameters"]["query"]>;
export type ProposalSort = NonNullable<ProposalListQuery["sort"]>;
