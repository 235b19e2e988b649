// The agency feature's public entry: what the app shell and other features use.
// Its pages are not here: the router loads each on first visit.
export { AgencyNavLink } from "./AgencyNavLink";
export { ConsultationFeedback } from "./ConsultationFeedback";
export { ProposalAgencyPanel } from "./ProposalAgencyPanel";
export { ReaderSurvey } from "./ReaderSurvey";
export { isAgencyReader } from "./roles";
