/**
 * Browser side of /tim-kiem/: loads Pagefind on this page only, keeps the form, the results and
 * the address bar in step, and renders results with text nodes only (content never becomes HTML).
 */
import { excerpt, foldWord, indexedWords, spellings } from "../../lib/browser/search-folding.ts";
import { buildSearchPlan, matchedAlternatives, nameRank, type SearchPlan } from "../../lib/browser/search-plan.ts";
import {
  SEARCH_FILTERS,
  hasCriteria,
  parseSearchParams,
  sortFacetValues,
  toPagefindFilters,
  toQueryString,
  type SearchState,
} from "../../lib/browser/search-query.ts";
import {
  SEARCH_RANKING,
  applySelection,
  countByPhrase,
  countFacets,
  intersect,
  mergeHits,
  namedFirst,
  rankHits,
  type FacetPages,
  type Hit,
  type Selection,
} from "../../lib/browser/search-results.ts";
import { slugify } from "../../lib/browser/slug.ts";
import { fill } from "../../i18n/vi.ts";

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface Pagefind {
  options: (options: { ranking?: typeof SEARCH_RANKING; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindResponse | null>;
}

/** What one query found: counted pages in order, pages holding its words only apart, and the words no page has. */
interface Found {
  ranked: PagefindResult[];
  apart: PagefindResult[];
  /** False when no page holds the words side by side and `ranked` holds them apart. */
  together: boolean;
  missing: string[];
}

const PAGE_SIZE = 10;
// Results whose title is checked for the query: the first two screens, where readers look.
const NAMED_WINDOW = 20;
const NEAR_SIZE = 5;
// A query whose words each have two d/đ spellings asks Pagefind for every combination; a few suffice.
const MAX_COMBINATIONS = 8;

/** Every way to pick one spelling per word, at most `max`. */
function combinations(choices: readonly (readonly string[])[], max: number): string[][] {
  let out: string[][] = [[]];
  for (const options of choices) out = out.flatMap((start) => options.map((option) => [...start, option])).slice(0, max);
  return out;
}

/** The folded text a result is found by: title, meta and content, as Pagefind indexes it. */
const resultWords = (data: PagefindResultData) =>
  indexedWords(
    [data.meta["title"], data.meta["keywords"], data.meta["names"], data.meta["facts"], data.meta["type"], data.content]
      .filter(Boolean)
      .join(" "),
  );

export function startSearchPage(root: HTMLElement): void {
  const messages = JSON.parse(root.dataset["messages"] ?? "{}") as Record<string, string>;
  const typeLabels = JSON.parse(root.dataset["typeLabels"] ?? "[]") as string[];
  const synonyms = JSON.parse(root.dataset["synonyms"] ?? "[]") as string[][][];
  const msg = (key: string, vars: Record<string, string | number> = {}) => fill(messages[key] ?? key, vars);
  const formatCount = (n: number) => new Intl.NumberFormat("vi-VN").format(n);
  const quoteList = (list: readonly string[]) => list.join("”, “");

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
  const near = $<HTMLElement>("[data-search-near]");
  const nearNote = $<HTMLElement>("[data-search-near-note]");
  const nearList = $<HTMLOListElement>("[data-search-near-list]");
  const apartSection = $<HTMLElement>("[data-search-apart]");
  const apartNote = $<HTMLElement>("[data-search-apart-note]");
  const apartList = $<HTMLOListElement>("[data-search-apart-list]");

  $<HTMLElement>("[data-search-nojs]").hidden = true;
  root.querySelectorAll<HTMLElement>("[data-search-ui]").forEach((el) => (el.hidden = false));

  let state = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.q;
  status.textContent = msg("search.status.loading");

  let pagefind: Pagefind | undefined;
  let allLabels: Record<string, string[]> = {};
  let facetPages: FacetPages = {};
  let results: PagefindResult[] = [];
  let plan: SearchPlan = { terms: [], typed: [], alternatives: [] };
  let rendered = 0;
  let sequence = 0;
  // Pages the last query counted, before facets narrowed them: facet counts are of these.
  let counted: string[] = [];

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

  // Each result's data is fetched once, whether for ranking, near matches or display.
  const fragments = new Map<string, Promise<PagefindResultData>>();
  const dataOf = (result: PagefindResult) => {
    if (!fragments.has(result.id)) fragments.set(result.id, result.data());
    return fragments.get(result.id)!;
  };

  const ids = async (query: string | null, filters?: Record<string, { any: string[] }>) => {
    const response = await pagefind!.search(query, filters ? { filters } : {});
    return response?.results ?? [];
  };

  /**
   * Asks Pagefind for every wording of the plan and every d/đ spelling of its words, and keeps the
   * pages that hold each word of a wording exactly (a quoted search per word).
   */
  const find = async (query: SearchPlan): Promise<Found> => {
    const exact = new Map<string, Set<string>>();
    const exactOf = async (spelling: string) => {
      if (!exact.has(spelling)) exact.set(spelling, new Set((await ids(`"${spelling}"`)).map((r) => r.id)));
      return exact.get(spelling)!;
    };
    const byId = new Map<string, PagefindResult>();
    const lists: Hit[][] = [];
    const counted: Set<string>[] = [];
    const adjacent = new Set<string>();
    for (const alternative of query.alternatives) {
      // Only spellings some page has: a spelling no page has would make Pagefind fall back to a shorter word.
      const choices = await Promise.all(
        alternative.map(async (term) =>
          (await Promise.all(spellings(term).map(async (s) => ((await exactOf(s)).size > 0 ? [s] : [])))).flat(),
        ),
      );
      if (choices.some((c) => c.length === 0)) continue;
      const holding = intersect(
        await Promise.all(choices.map(async (c) => new Set((await Promise.all(c.map(exactOf))).flatMap((set) => [...set])))),
      );
      counted.push(holding);
      // A one-word wording ("FDI" for "vốn đầu tư nước ngoài") stands together wherever it stands.
      if (alternative.length === 1) holding.forEach((id) => adjacent.add(id));
      for (const words of combinations(choices, MAX_COMBINATIONS)) {
        const found = await ids(words.join(" "));
        found.forEach((r) => byId.set(r.id, r));
        lists.push(found.map(({ id, score }) => ({ id, score: score / words.length })));
        if (words.length > 1) (await ids(`"${words.join(" ")}"`)).forEach((r) => adjacent.add(r.id));
      }
    }
    // Two words typed side by side must stand together to count (countByPhrase says why).
    const phrase = query.terms.length === 2 ? adjacent : null;
    const { counted: countedPages, apart: apartPages, together } = countByPhrase(new Set(counted.flatMap((set) => [...set])), phrase);
    const merged = mergeHits(lists);
    const ordered = rankHits(merged, countedPages, adjacent).map((hit) => byId.get(hit.id)!);
    const named = new Map<string, number>();
    await Promise.all(
      ordered.slice(0, NAMED_WINDOW).map(async (result) => {
        const data = await dataOf(result);
        named.set(
          result.id,
          Math.min(...[data.meta["title"], data.meta["keywords"], data.meta["names"]].map((text) => nameRank(query, text ?? ""))),
        );
      }),
    );
    const ranked = namedFirst(ordered, (r) => named.get(r.id) ?? Infinity, NAMED_WINDOW);
    const apart = rankHits(merged, apartPages, new Set()).map((hit) => byId.get(hit.id)!);
    const missing: string[] = [];
    if (ranked.length === 0) {
      for (const [i, term] of query.terms.entries())
        if (!(await Promise.all(spellings(term).map(exactOf))).some((set) => set.size > 0)) missing.push(query.typed[i] ?? term);
    }
    return { ranked, apart, together, missing };
  };

  const renderItem = async (result: PagefindResult, prefix?: string): Promise<HTMLLIElement> => {
    const data = await dataOf(result);
    const title = data.meta["title"] ?? data.url;
    let text = data.content.trim();
    if (text.startsWith(title)) text = text.slice(title.length);
    // The query's own words are marked one by one; other wordings only as whole phrases.
    const own = plan.alternatives[0] ?? plan.terms;
    const others = matchedAlternatives(plan, resultWords(data)).filter((a) => a !== own);
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
    for (const part of excerpt(text, own, 30, prefix, others)) {
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
    const items = await Promise.all(batch.map((r) => renderItem(r)));
    if (mine !== sequence) return;
    list.append(...items);
    rendered += batch.length;
    more.hidden = rendered >= results.length;
    shown.hidden = results.length <= PAGE_SIZE;
    shown.textContent = msg("search.shown", { shown: formatCount(rendered), count: formatCount(results.length) });
    if (focusFirst) items[0]?.querySelector("a")?.focus();
  };

  /**
   * Near matches for a last word still being typed ("ngo sy li"): pages where a word starts with
   * it and the other words are exact. Listed apart and never counted.
   */
  const showNear = async (typed: string, mine: number) => {
    const last = foldWord(plan.terms[plan.terms.length - 1] ?? typed);
    const others = plan.terms.slice(0, -1).map(foldWord);
    const candidates = (await ids(plan.terms.join(" "))).slice(0, NEAR_SIZE * 2);
    const keep: PagefindResult[] = [];
    for (const candidate of candidates) {
      const words = resultWords(await dataOf(candidate));
      if (others.every((w) => words.has(w)) && [...words].some((w) => w.startsWith(last))) keep.push(candidate);
      if (keep.length === NEAR_SIZE) break;
    }
    if (mine !== sequence || keep.length === 0) return;
    nearNote.textContent = msg("search.near.note", { word: typed });
    nearList.replaceChildren(...(await Promise.all(keep.map((r) => renderItem(r, last)))));
    if (mine === sequence) near.hidden = false;
  };

  /** Pages holding every word of the query but not side by side: listed after the results, never counted. */
  const showApart = async (pages: readonly PagefindResult[], mine: number) => {
    if (pages.length === 0) return;
    const batch = pages.slice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => renderItem(r)));
    if (mine !== sequence) return;
    const vars = { count: formatCount(pages.length), shown: formatCount(batch.length), query: state.q };
    apartNote.textContent = msg(pages.length > batch.length ? "search.apart.noteMore" : "search.apart.note", vars);
    apartList.replaceChildren(...items);
    apartSection.hidden = false;
  };

  const run = async () => {
    if (!pagefind) return;
    const mine = ++sequence;
    const url = `${location.pathname}${toQueryString(state)}`;
    history.replaceState(null, "", url);
    none.hidden = true;
    near.hidden = true;
    nearList.replaceChildren();
    apartSection.hidden = true;
    apartList.replaceChildren();
    if (!hasCriteria(state)) {
      results = [];
      list.replaceChildren();
      more.hidden = shown.hidden = true;
      if (facetsLoading) updateCounts(await pagefind.filters());
      status.textContent = msg("search.status.prompt");
      return;
    }
    plan = buildSearchPlan(state.q, synonyms);
    const selection: Selection = Object.fromEntries(
      Object.entries(toPagefindFilters(state, allLabels)).map(([key, { any }]) => [key, any]),
    );
    const found: Found = plan.terms.length > 0 ? await find(plan) : { ranked: await ids(null), apart: [], together: true, missing: [] };
    if (mine !== sequence) return;
    results = applySelection(found.ranked, facetPages, selection);
    rendered = 0;
    list.replaceChildren();
    counted = found.ranked.map((r) => r.id);
    updateCounts(countFacets(counted, facetPages, selection));
    const count = formatCount(results.length);
    if (results.length === 0) {
      more.hidden = shown.hidden = true;
      none.hidden = false;
      if (found.missing.length > 0) {
        status.textContent = msg("search.status.missing", { words: quoteList(found.missing) });
        const typed = plan.typed[plan.typed.length - 1]!;
        if (found.missing.length === 1 && found.missing[0] === typed) await showNear(typed, mine);
      } else {
        status.textContent = plan.terms.length > 0 ? msg("search.status.none", { query: state.q }) : msg("search.status.noneFiltered");
        // Filters may leave only pages holding the words apart: still listed apart, still not counted.
        await showApart(applySelection(found.apart, facetPages, selection), mine);
      }
      return;
    }
    await renderMore(false);
    // Announced once the results are on screen, so the count and the list agree.
    if (mine === sequence)
      status.textContent =
        plan.terms.length === 0
          ? msg("search.status.countFiltered", { count })
          : found.together
            ? msg("search.status.count", { count, query: state.q })
            : msg("search.status.countApart", { count, query: state.q });
    await showApart(applySelection(found.apart, facetPages, selection), mine);
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

  // Facet data (every filter chunk, and the pages of each value) is fetched when the reader opens
  // the filters or arrives with some chosen: at 10,000 profiles it would double the first search.
  let facetsLoading: Promise<void> | undefined;
  const loadFacets = () =>
    (facetsLoading ??= (async () => {
      const module = pagefind!;
      const counts = await module.filters();
      allLabels = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, Object.keys(values)]));
      // The pages of each facet value, once: facet counts are then exact for any result list.
      const entries = await Promise.all(
        Object.entries(allLabels).flatMap(([key, labels]) =>
          labels.map(async (label) => [key, label, new Set((await ids(null, { [key]: { any: [label] } })).map((r) => r.id))] as const),
        ),
      );
      for (const [key, label, pages] of entries) (facetPages[key] ??= {})[label] = pages;
      buildFacets(counts);
    })());
  panel.addEventListener("toggle", () => {
    if (!panel.open || !pagefind || facetsLoading) return;
    void loadFacets()
      .then(async () => updateCounts(hasCriteria(state) ? countFacets(counted, facetPages, {}) : await pagefind!.filters()))
      .catch(showError);
  });

  const pagefindUrl = "/pagefind/pagefind.js";
  import(/* @vite-ignore */ pagefindUrl)
    .then(async (module: Pagefind) => {
      // On the main thread: a query asks several small questions, and Pagefind's worker script
      // alone would be a fifth of the first search's download.
      await module.options({ ranking: SEARCH_RANKING, noWorker: true });
      await module.init();
      pagefind = module;
      if (SEARCH_FILTERS.some((key) => state.filters[key].length > 0)) {
        await loadFacets();
        panel.open = true;
      }
      await run();
    })
    .catch(showError);
}
