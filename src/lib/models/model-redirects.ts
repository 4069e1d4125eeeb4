/**
 * Former slugs (aliases) of model profiles keep every address the old id had. Pages get a redirect
 * page and a host rule; files get a byte-identical copy, because a meta refresh cannot redirect an
 * image and social sites fetch share images without following it.
 */
import { paths } from "../site/public-urls.ts";

/**
 * Every address a model id publishes, and how an alias keeps it. A new page or file per model
 * belongs here; tests/unit/renamed-model.test.ts fails if a model address is published without it.
 */
export const MODEL_ADDRESSES = {
  profile: { path: paths.model, keep: "redirect" },
  ogImage: { path: paths.modelOgImage, keep: "copy" },
} as const satisfies Record<string, { path: (id: string) => string; keep: "redirect" | "copy" }>;

export type ModelAddress = keyof typeof MODEL_ADDRESSES;

export interface Redirect {
  /** The alias, i.e. the former slug. */
  alias: string;
  /** Id of the model the alias now belongs to. */
  target: string;
  /** Which of the model's addresses this is. */
  address: ModelAddress;
  /** "redirect": a redirect page and a 301 line in `_redirects`; "copy": the current file served at the old address too. */
  keep: "redirect" | "copy";
  /** The old address (site path). */
  from: string;
  /** The current address (site path). */
  to: string;
}

/** Every address of every alias of every model, sorted by old address so the output is stable. */
export function modelRedirects(models: readonly { id: string; data: { aliases: readonly string[] } }[]): Redirect[] {
  const addresses = Object.entries(MODEL_ADDRESSES) as [ModelAddress, (typeof MODEL_ADDRESSES)[ModelAddress]][];
  return models
    .flatMap((m) =>
      [...new Set(m.data.aliases)].flatMap((alias) =>
        addresses.map(([address, { path, keep }]) => ({ alias, target: m.id, address, keep, from: path(alias), to: path(m.id) })),
      ),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** The redirects of one kind of address, e.g. the profiles for the profile route. */
export function redirectsOf(redirects: readonly Redirect[], address: ModelAddress): Redirect[] {
  return redirects.filter((r) => r.address === address);
}

/**
 * `_redirects` file (Netlify and Cloudflare Pages format): permanent (301) redirects, with and
 * without the trailing slash, since hosts differ in how they match it. Copies are plain files,
 * which these hosts serve before any rule, so they get no line.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects
    .filter((r) => r.keep === "redirect")
    .flatMap((r) => [`${r.from} ${r.to} 301`, `${r.from.replace(/\/$/, "")} ${r.to} 301`]);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
