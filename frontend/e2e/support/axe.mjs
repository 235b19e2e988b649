// Accessibility as the browser tests check it: every axe finding of the WCAG 2.x A and AA rules
// and axe's best practices, whatever its impact, is a failure.
import { AxeBuilder } from "@axe-core/playwright";
import { settled } from "./pages.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Every axe violation on the page, once it has settled, as "impact rule: where", so an
 * assertion names what to fix.
 * @param {import("playwright-core").Page} page
 */
export async function axeViolations(page) {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("; ")}`,
  );
}
