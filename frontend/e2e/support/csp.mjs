// Content-Security-Policy violations, as the browser reports them to the page: a blocked
// script, style, image or request means a page that looks fine in development breaks under
// the policy Sala sends.

/**
 * Records every violation reported by the pages of `context` into `violations`.
 * @param {import("playwright-core").BrowserContext} context
 * @param {Array<Record<string, unknown>>} violations
 */
export async function recordCspViolations(context, violations) {
  await context.exposeBinding("__salaCspViolation", ({ page }, violation) => {
    violations.push({ page: page.url(), ...violation });
  });
  // Init scripts run before the page's own and are not subject to its policy.
  await context.addInitScript(() => {
    // This runs in the page: its `document`, and the binding exposed above.
    const page = /** @type {any} */ (globalThis);
    page.document.addEventListener("securitypolicyviolation", (/** @type {any} */ event) => {
      page.__salaCspViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    });
  });
}
