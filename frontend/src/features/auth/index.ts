// The accounts feature's public entry: what the app shell and other features use.
// Its pages are not here: the router loads each on first visit.
export { CONVENING_KINDS, canManageConsultations, useMe, useSessionChanges, useSignedIn, useSignOut } from "./api";
export { RequireSignIn } from "./RequireSignIn";
export { VerificationBanner } from "./VerificationBanner";
