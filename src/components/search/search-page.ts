/**
 * Browser side of /tim-kiem/: loads Pagefind on this page only, keeps the form, the results and
 * the address bar in step, and renders results with text nodes only (content never becomes HTML).
 */
import { excerpt, normaliseQuery, withoutTwins } from "../../lib/search-folding.ts";
import { SEARCH_FILTERS, hasCriteria, parseSearchParams, sortFacetValues, toPagefindFilters, toQueryString, type SearchState } from "../../lib/search-query.ts";
import { slugify } from "../../lib/slug.ts";

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options: (options: { ranking?: { diacriticSimilarity?: number } }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
// Measured on the real index: at 10, a query typed with marks ("định") ranks pages with exactly
// those marks above pages that only match once marks are removed ("đình"); Pagefind's default does not.
const DIACRITIC_SIMILARITY = 10;

export function startSearchPage(root: HTMLElement): void {
  const messages = JSON.parse(root.dataset["messages"] ?? "{}") as Record<string, string>;
  const typeLabels = JSON.parse(root.dataset["typeLabels"] ?? "[]") as string[];
  const msg = (key: string, vars: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  const formatCount = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>("[data-search-form]");
  const input = $<HTMLInputElement>("#tim-kiem-q");
  const facets = $<HTMLElement>("[data-search-facets]");
  const status = $<HTMLElement>("[data-search-status]");
  const none = $<HTMLElement>("[data-search-none]");
  const list = $<HTMLOListElement>("[data-search-results]");
  const shown = $<HTMLElement>("[data-search-shown]");
  const more = $<HTMLButtonElement>("[data-search-more]");
  const panel = $<HTMLDetailsElement>("[data-search-panel]");

  $<HTMLElement>("[data-search-nojs]").hidden = true;
  root.querySelectorAll<HTMLElement>("[data-search-ui]").forEach((el) => (el.hidden = false));

  let state = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.q;
  status.textContent = msg("search.status.loading");

  let pagefind: Pagefind | undefined;
  let allLabels: Record<string, string[]> = {};
  let results: PagefindResult[] = [];
  let rendered = 0;
  let sequence = 0;

  const readForm = (): SearchState => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === "string") params.append(key, value);
    return parseSearchParams(params);
  };

  const buildFacets = (counts: FilterCounts) => {
    facets.replaceChildren();
    for (const key of SEARCH_FILTERS) {
      const labels = sortFacetValues(key, Object.keys(counts[key] ?? {}), typeLabels);
      if (labels.length === 0) continue;
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = msg(`search.filter.${key}`);
      fieldset.append(legend);
      for (const label of labels) {
        const value = slugify(label);
        const id = `loc-${key}-${value}`;
        const row = document.createElement("div");
        row.className = "facet-option";
        const box = document.createElement("input");
        Object.assign(box, { type: "checkbox", name: key, value, id, checked: state.filters[key].includes(value) });
        box.dataset["label"] = label;
        const text = document.createElement("label");
        text.htmlFor = id;
        row.append(box, text);
        fieldset.append(row);
      }
      facets.append(fieldset);
    }
  };

  const updateCounts = (counts: FilterCounts) => {
    facets.querySelectorAll<HTMLInputElement>("input[type=checkbox]").forEach((box) => {
      const label = box.dataset["label"] ?? "";
      const count = counts[box.name]?.[label] ?? 0;
      box.labels?.[0]?.replaceChildren(msg("search.filter.option", { label, count: formatCount(count) }));
    });
  };

  // Values of one facet add up (any of them), so each facet counts as if its own choice were
  // not made yet: the reader sees what ticking another value would bring.
  const facetCounts = async (query: string, narrowed: FilterCounts): Promise<FilterCounts> => {
    if (!pagefind) return narrowed;
    const filters = toPagefindFilters(state, allLabels);
    const counts: FilterCounts = { ...narrowed };
    for (const key of Object.keys(filters)) {
      const others = Object.fromEntries(Object.entries(filters).filter(([other]) => other !== key));
      const wider = query || Object.keys(others).length > 0 ? await pagefind.search(query || null, { filters: others }) : null;
      counts[key] = (wider ? wider.filters : await pagefind.filters())[key] ?? {};
    }
    return counts;
  };

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await result.data();
    const title = data.meta["title"] ?? data.url;
    let text = withoutTwins(data.content).trim();
    if (text.startsWith(title)) text = text.slice(title.length);
    const item = document.createElement("li");
    const type = document.createElement("p");
    type.className = "result-type";
    type.textContent = data.meta["type"] ?? "";
    const heading = document.createElement("h3");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = title;
    heading.append(link);
    const facts = document.createElement("p");
    facts.className = "result-facts";
    facts.textContent = data.meta["facts"] ?? "";
    const passage = document.createElement("p");
    passage.className = "result-excerpt";
    for (const part of excerpt(text, state.q)) {
      if (part.mark) {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        passage.append(mark);
      } else passage.append(part.text);
    }
    item.append(type, heading, facts, passage);
    return item;
  };

  const renderMore = async (focusFirst: boolean) => {
    const mine = sequence;
    const batch = results.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(batch.map(renderResult));
    if (mine !== sequence) return;
    list.append(...items);
    rendered += batch.length;
    more.hidden = rendered >= results.length;
    shown.hidden = results.length <= PAGE_SIZE;
    shown.textContent = msg("search.shown", { shown: formatCount(rendered), count: formatCount(results.length) });
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };

  const run = async () => {
    if (!pagefind) return;
    const mine = ++sequence;
    const url = `${location.pathname}${toQueryString(state)}`;
    history.replaceState(null, "", url);
    none.hidden = true;
    if (!hasCriteria(state)) {
      results = [];
      list.replaceChildren();
      more.hidden = shown.hidden = true;
      updateCounts(await pagefind.filters());
      status.textContent = msg("search.status.prompt");
      return;
    }
    const query = normaliseQuery(state.q);
    const response = await pagefind.search(query || null, { filters: toPagefindFilters(state, allLabels) });
    if (mine !== sequence || !response) return;
    results = response.results;
    rendered = 0;
    list.replaceChildren();
    updateCounts(await facetCounts(query, response.filters));
    if (mine !== sequence) return;
    const count = formatCount(results.length);
    if (results.length === 0) {
      status.textContent = query ? msg("search.status.none", { query: state.q }) : msg("search.status.noneFiltered");
      none.hidden = false;
      more.hidden = shown.hidden = true;
      return;
    }
    await renderMore(false);
    // Announced once the results are on screen, so the count and the list agree.
    if (mine === sequence) status.textContent = query ? msg("search.status.count", { count, query: state.q }) : msg("search.status.countFiltered", { count });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const showError = () => {
    status.textContent = msg("search.status.error");
    none.hidden = false;
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Before Pagefind is ready the facets are not on the page yet: keep the chosen ones.
      if (!pagefind) {
        state = { ...state, q: input.value.trim() };
        return;
      }
      state = readForm();
      run().catch(showError);
    }, delay);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    schedule(0);
  });
  input.addEventListener("input", () => schedule(300));
  facets.addEventListener("change", () => schedule(0));
  $<HTMLButtonElement>("[data-search-clear]").addEventListener("click", () => {
    facets.querySelectorAll<HTMLInputElement>("input[type=checkbox]").forEach((box) => (box.checked = false));
    schedule(0);
  });
  more.addEventListener("click", () => void renderMore(true).catch(showError));

  const pagefindUrl = "/pagefind/pagefind.js";
  import(/* @vite-ignore */ pagefindUrl)
    .then(async (module: Pagefind) => {
      await module.options({ ranking: { diacriticSimilarity: DIACRITIC_SIMILARITY } });
      await module.init();
      const counts = await module.filters();
      pagefind = module;
      allLabels = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, Object.keys(values)]));
      buildFacets(counts);
      panel.open = window.matchMedia("(min-width: 48rem)").matches || SEARCH_FILTERS.some((key) => state.filters[key].length > 0);
      await run();
    })
    .catch(showError);
}
