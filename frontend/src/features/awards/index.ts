// The awards feature's public entry: what other features may use.
// Its pages are not here: the router loads each on first visit.
export { awardTitle } from "./api";
export type { AwardSummary, CallStage } from "./api";
