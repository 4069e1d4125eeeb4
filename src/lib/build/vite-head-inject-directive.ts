/**
 * Astro 7 wraps every MDX entry that a page renders (`render(entry)`) in a small module ending in
 * `?astroPropagatedAssets`, and starts that module with the directive `"use astro:head-inject"`.
 * Nothing in Astro 7 reads that directive any more (head propagation is decided from the module id),
 * and Rolldown drops unknown module-level directives when it bundles, after printing one
 * MODULE_LEVEL_DIRECTIVE warning per entry (withastro/astro#18087). Removing the directive before
 * Rolldown sees it gives the same bundle without the warnings.
 */

/** Module ids Astro gives to the wrappers described above. */
export const PROPAGATED_ASSETS_ID = /[?&]astroPropagatedAssets(?:[&=]|$)/;

const DIRECTIVE = /^(\s*)(["'])use astro:head-inject\2;?/;

/**
 * The wrapper's code without its leading `"use astro:head-inject"` directive, or null when the code
 * does not start with it (another Astro version, or not a wrapper), so the caller leaves it alone.
 */
export function stripHeadInjectDirective(code: string): string | null {
  const match = DIRECTIVE.exec(code);
  return match ? `${match[1]}${code.slice(match[0].length)}` : null;
}
