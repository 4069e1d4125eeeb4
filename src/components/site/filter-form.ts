/**
 * The one filter-form script (models index, responsibilities table), in the site's client-script
 * pattern: the page is complete without JavaScript (the form stays hidden and the per-facet pages
 * do the filtering); the script reads everything from data- attributes, shows the form and
 * filters in place. Strings come rendered in data- attributes and are filled with fill().
 *
 * Markup it reads:
 * - `<form data-filter-form data-filter-items="<selector>" [data-filter-groups="<selector>"]>`;
 * - one `<select name="<facet>">` per facet, its name also the query parameter;
 * - on each item, `data-<facet>="<key> <key>…"` (space-separated: an item may have several);
 * - groups (optional) are hidden when none of their items is shown;
 * - `.filter-status[data-template]` with `{shown}`, and `[data-filter-empty]`.
 */
import { facetsToSearch, matchesFacets, parseFacets } from "../../lib/browser/filter-selection.ts";
import { formatNumber } from "../../lib/browser/format.ts";
import { fill } from "../../i18n/vi.ts";

export function enhanceFilterForm(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll("select")];
  const facets = selects.map((s) => s.name);
  const items = [...document.querySelectorAll<HTMLElement>(form.dataset["filterItems"] ?? "[data-filter-item]")];
  const groups = form.dataset["filterGroups"] ? [...document.querySelectorAll<HTMLElement>(form.dataset["filterGroups"])] : [];
  const status = form.querySelector<HTMLElement>(".filter-status");
  const empty = form.querySelector<HTMLElement>("[data-filter-empty]");
  const keys = new Map(
    items.map((item) => [
      item,
      Object.fromEntries(facets.map((f) => [f, (item.getAttribute(`data-${f}`) ?? "").split(" ").filter(Boolean)])),
    ]),
  );

  const current = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])) as Partial<Record<string, string>>;
  const apply = (selection: Partial<Record<string, string>>) => {
    let shown = 0;
    for (const [item, itemKeys] of keys) {
      const match = matchesFacets(facets, itemKeys, selection);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !items.some((item) => !item.hidden && group.contains(item));
    if (status) status.textContent = fill(status.dataset["template"] ?? "", { shown: formatNumber(shown) });
    if (empty) empty.hidden = shown > 0;
  };

  const initial = parseFacets(facets, location.search);
  for (const select of selects) {
    const wanted = initial[select.name];
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  apply(current());

  form.addEventListener("change", () => {
    const selection = current();
    apply(selection);
    history.replaceState(null, "", `${location.pathname}${facetsToSearch(facets, selection)}`);
  });
  form.addEventListener("reset", () => {
    // Reset fires before the fields are cleared.
    setTimeout(() => {
      apply({});
      history.replaceState(null, "", location.pathname);
    });
  });
}
