// The follows feature's public entry: what other features use.
export { FollowButton } from "./FollowButton";
