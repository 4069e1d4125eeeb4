/** Former slugs (aliases) of model profiles keep working: one redirect page and one host rule each. */
import { paths } from "./paths.ts";

export interface Redirect {
  /** The alias, i.e. the former slug. */
  alias: string;
  /** Id of the model the alias now belongs to. */
  target: string;
  from: string;
  to: string;
}

/** Every alias of every model, sorted by old URL so the output is stable. */
export function modelRedirects(models: readonly { id: string; data: { aliases: readonly string[] } }[]): Redirect[] {
  return models
    .flatMap((m) => [...new Set(m.data.aliases)].map((alias) => ({ alias, target: m.id, from: paths.model(alias), to: paths.model(m.id) })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * `_redirects` file (Netlify and Cloudflare Pages format): permanent (301) redirects, with and
 * without the trailing slash, since hosts differ in how they match it.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap((r) => [`${r.from} ${r.to} 301`, `${r.from.replace(/\/$/, "")} ${r.to} 301`]);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
