/** Main navigation: one list, so every page shows the same sections in the same order. */
import type { MessageKey } from "../../i18n/vi.ts";
import { paths } from "./public-urls.ts";

export const navItems: readonly { href: string; label: MessageKey }[] = [
  { href: paths.home(), label: "site.nav.home" },
  { href: paths.models(), label: "site.nav.models" },
  { href: paths.statistics(), label: "site.nav.statistics" },
  { href: paths.targets(), label: "site.nav.targets" },
  { href: paths.commendations(), label: "site.nav.commendations" },
  { href: paths.assessments(), label: "site.nav.assessments" },
  { href: paths.directions(), label: "site.nav.directions" },
  { href: paths.responsibilities(), label: "site.nav.responsibilities" },
  { href: paths.timeline(), label: "site.nav.timeline" },
  { href: paths.documents(), label: "site.nav.documents" },
  { href: paths.openData(), label: "site.nav.data" },
  { href: paths.search(), label: "site.nav.search" },
];

/** Whether a nav link is the current section (home only matches itself). */
export function isCurrent(href: string, path: string): boolean {
  if (href === "/") return path === "/";
  return path === href || path.startsWith(href);
}
