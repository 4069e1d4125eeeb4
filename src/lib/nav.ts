/** Main navigation: one list, so every page shows the same sections in the same order. */
import type { MessageKey } from "../i18n/vi.ts";

export const navItems: readonly { href: string; label: MessageKey }[] = [
  { href: "/", label: "site.nav.home" },
  { href: "/van-ban/", label: "site.nav.documents" },
  { href: "/du-lieu/", label: "site.nav.data" },
];

/** Whether a nav link is the current section (home only matches itself). */
export function isCurrent(href: string, path: string): boolean {
  if (href === "/") return path === "/";
  return path === href || path.startsWith(href);
}
