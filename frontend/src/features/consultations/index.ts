// The consultations feature's public entry: what other features use.
// Its pages are not here: the router loads each on first visit.
export { useConsultation, useConsultations, useProvinces } from "./api";
export { consultationSummary, consultationTitle } from "./text";
