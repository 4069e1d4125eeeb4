/**
 * The accessibility checker every page and every broken fixture goes through: axe-core with the
 * WCAG 2.0/2.1/2.2 A and AA rules, on whatever the page currently shows.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selector and the reason axe gives, one per failing element. */
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is now and returns its violations (empty when the page passes). */
export async function a11yViolations(page: Page): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim() })),
  }));
}

/** Violations as text a developer can act on: rule, impact, help link, each element and why. */
export function formatViolations(violations: readonly A11yViolation[]): string {
  return violations
    .map((v) => [`[${v.impact}] ${v.rule}: ${v.help} (${v.helpUrl})`, ...v.nodes.map((n) => `    ${n.target} — ${n.summary}`)].join("\n"))
    .join("\n");
}
