// Votes as converted, per holder, with each charter's rounding.
export { votes } from "./votes";
export type { ClassVotes, Holding, HolderVotes } from "./votes";
