// The organisations feature's public entry: what the app shell and other features use.
// Its pages are not here: the router loads each on first visit.
export { VerifiedBadge } from "./VerifiedBadge";
