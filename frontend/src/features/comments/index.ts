// The comments feature's public entry: what other features use.
export { CommentThread } from "./CommentThread";
