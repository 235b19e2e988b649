// The impact indicators feature's public entry: the sections the results pages show.
export { ConsultationIndicators, ResultIndicators } from "./IndicatorsSection";
