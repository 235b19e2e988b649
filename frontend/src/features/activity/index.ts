// A person's own activity has nothing other features use: the router loads its page on first
// visit. Anything it comes to share is exported here.
export {};
