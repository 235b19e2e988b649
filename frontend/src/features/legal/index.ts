// The legal documents' public entry: the banner every page has and the sign-up's agreement.
// Its pages are not here: the router loads each on first visit.
export { ConsentBanner } from "./ConsentBanner";
export { useVersionsInForce } from "./api";
export { ConsentCheckbox } from "./ConsentCheckbox";
