// The notifications feature's public entry: what the app shell uses.
// Its pages are not here: the router loads each on first visit.
export { InboxLink } from "./UnreadBadge";
