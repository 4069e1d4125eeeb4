/** The one home of every content schema; the Astro collections and the validator both import from here. */
export * from "./common.ts";
export * from "./document.ts";
export * from "./model.ts";
export * from "./statistic.ts";
export * from "./target.ts";
export * from "./commendation.ts";
export * from "./glossary.ts";
// Issue 17: what the documents conclude and plan.
export * from "./assessment.ts";
export * from "./responsibility.ts";
export * from "./event.ts";
