// The flags feature's public entry: what other features use.
export { FLAG_REASONS, FlagButton } from "./FlagButton";
