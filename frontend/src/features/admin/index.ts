// The organisers' feature has nothing other features use: the router loads its pages on
// first visit. Anything it comes to share is exported here.
export {};
