/**
 * Sort and filter for a recipient table. The static page is complete on its own; this only runs
 * when a reader uses a control. Filters and sorting then apply to the whole list (loaded once,
 * in compact form), because a list paged into static pages would otherwise give
 * answers about one page only.
 */
import { formatNumber } from "../../lib/browser/format.ts";
import { fill } from "../../i18n/vi.ts";
import {
  expandRecipients,
  filterRecipients,
  sortRecipients,
  SORT_KEYS,
  type CompactRecipients,
  type RecipientFilter,
  type RecipientRow,
  type RecipientType,
  type SortDirection,
  type SortKey,
} from "../../lib/browser/recipient-table-rows.ts";

type Messages = Record<"loading" | "error" | "result" | "capped" | "sortBy" | "none" | RecipientType, string>;

const isSortKey = (value: string | undefined): value is SortKey => (SORT_KEYS as readonly string[]).includes(value ?? "");

function readFilter(form: HTMLFormElement): RecipientFilter {
  const data = new FormData(form);
  const value = (name: string) => {
    const v = data.get(name);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const year = value("year");
  const type = value("recipientType");
  return {
    year: year === undefined ? undefined : Number(year),
    award: value("award"),
    recipientType: type === "tap-the" || type === "ca-nhan" ? type : undefined,
    district: value("district"),
    organisation: value("organisation"),
  };
}

const isEmpty = (f: RecipientFilter) => Object.values(f).every((v) => v === undefined);

export function enhanceRecipientTable(root: HTMLElement): void {
  const form = root.querySelector("form");
  const tbody = root.querySelector<HTMLElement>("[data-rows]");
  const status = root.querySelector<HTMLElement>("[data-status]");
  const caption = root.querySelector<HTMLElement>("[data-caption]");
  if (!form || !tbody || !status || !caption) return;
  const messages = JSON.parse(root.dataset["messages"] ?? "{}") as Messages;
  const awardTitles = JSON.parse(root.dataset["awards"] ?? "{}") as Record<string, string>;
  const labels: Record<string, string> = { ...awardTitles, "tap-the": messages["tap-the"], "ca-nhan": messages["ca-nhan"] };
  const count = Number(root.dataset["count"]);
  const cap = Number(root.dataset["cap"]);
  const pager = document.querySelectorAll<HTMLElement>("[data-pager]");
  const pageRows = [...tbody.children];
  const pageCaption = caption.textContent ?? "";
  let sort: { key: SortKey; direction: SortDirection } | null = null;
  let all: Promise<RecipientRow[]> | null = null;
  let version = 0;

  const headers = [...root.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]")];
  for (const th of headers) {
    const key = th.dataset["sortKey"];
    if (!isSortKey(key)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.setAttribute("aria-label", fill(messages.sortBy, { column: th.textContent ?? "" }));
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      sort = { key, direction: sort?.key === key && sort.direction === "ascending" ? "descending" : "ascending" };
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", sort.direction);
      void update();
    });
  }

  const load = () => {
    all ??= fetch(root.dataset["json"] ?? "").then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      return expandRecipients((await response.json()) as CompactRecipients);
    });
    return all;
  };

  const cell = (text: string, className?: string) => {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    return td;
  };
  const render = (row: RecipientRow) => {
    const tr = document.createElement("tr");
    const organisation = document.createElement("td");
    if (row.model) {
      const a = document.createElement("a");
      a.href = row.model;
      a.textContent = row.organisation;
      organisation.append(a);
    } else organisation.textContent = row.organisation;
    tr.append(
      cell(String(row.year), "num"),
      cell(awardTitles[row.award] ?? row.award),
      cell(messages[row.recipientType]),
      cell(row.name),
      organisation,
      cell(row.district ?? messages.none),
    );
    return tr;
  };

  async function update() {
    const current = ++version;
    const filter = readFilter(form!);
    if (isEmpty(filter) && sort === null) {
      tbody!.replaceChildren(...pageRows);
      caption!.textContent = pageCaption;
      status!.textContent = "";
      pager.forEach((p) => (p.hidden = false));
      return;
    }
    status!.textContent = messages.loading;
    let rows: RecipientRow[];
    try {
      rows = await load();
    } catch {
      all = null;
      status!.textContent = messages.error;
      return;
    }
    if (current !== version) return;
    let matches = filterRecipients(rows, filter);
    if (sort) matches = sortRecipients(matches, sort.key, sort.direction, labels);
    const shown = matches.slice(0, cap);
    tbody!.replaceChildren(...shown.map(render));
    pager.forEach((p) => (p.hidden = true));
    const vars = { matches: formatNumber(matches.length), count: formatNumber(count), shown: formatNumber(shown.length) };
    const text = fill(matches.length > shown.length ? messages.capped : messages.result, vars);
    caption!.textContent = `${root.dataset["title"] ?? ""} — ${text}`;
    status!.textContent = text;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("change", () => void update());
  form.addEventListener("input", (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(typing);
    typing = setTimeout(() => void update(), 250);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => {
    sort = null;
    for (const th of headers) th.removeAttribute("aria-sort");
    // The form's fields clear after the reset event, so update on the next tick.
    setTimeout(() => void update(), 0);
  });
  form.hidden = false;
}
