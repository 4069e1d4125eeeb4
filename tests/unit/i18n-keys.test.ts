/**
 * Every UI string in src/i18n/vi.ts is used somewhere in the site or its tools: an unused string is
 * one an editor may translate or correct for nothing. A key counts as used when its full name
 * appears quoted in code; keys looked up from a computed name count only through the prefixes
 * listed below, and a computed lookup whose prefix is not listed fails the test.
 */
import { readFileSync } from "node:fs";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fill, t, vi } from "../../src/i18n/vi.ts";

/** Key prefixes read with a computed name, and where (add one here when code does `t(\`x.${y}\`)`). */
const DYNAMIC_PREFIXES: Record<string, string> = {
  "award.form.": "search-records.ts",
  "data.col.": "download-table.ts and open-data.ts: column descriptions by column name",
  "data.head.": "download-table.ts: column headers by column name",
  "data.sheet.": "download-files.ts: sheet names of tat-ca.xlsx by dataset id",
  "document.type.": "site-data.ts, search-records.ts",
  "editor.collection.": "cms-config.ts",
  "editor.commendation.": "cms-config.ts",
  "model.hostType.": "ModelFacts, facets.ts, search-records.ts",
  "model.kind.": "ModelCard, ModelFacts, facets.ts, feed-items.ts",
  "model.ownership.": "ModelFacts, search-records.ts",
  "model.status.": "ModelFacts, facets.ts, search-records.ts",
  "plan.kind.": "DocumentPlan, plan-open-data.ts, plan-search.ts",
  "plan.topic.": "plan-open-data.ts, plan-search.ts",
  "recipient.": "tallies and recipient tables",
  "responsibilities.deadline.": "plan.ts",
  "responsibilities.role.": "ResponsibilityTable, plan-open-data.ts",
  "rules.criteria.": "commendation rules",
  "rules.topic.": "commendation rules",
  "search.": "SearchApp ships every search.* string to the browser",
  "targets.status.": "TargetTable",
  "theme.": "site-data.ts, search-records.ts",
};

const SOURCE_EXTENSIONS = /\.(ts|astro|js|mjs)$/;

function sources(): string {
  const files = ["src", "scripts"].flatMap((root) =>
    listFiles(root)
      .map((file) => join(root, file))
      .filter((path) => SOURCE_EXTENSIONS.test(path) && path !== join("src", "i18n", "vi.ts")),
  );
  return [...files, "astro.config.mjs"].map((path) => readFileSync(path, "utf8")).join("\n");
}

const code = sources();
const keys = Object.keys(vi);

describe("UI strings (src/i18n/vi.ts)", () => {
  it("lists every computed lookup's prefix in DYNAMIC_PREFIXES", () => {
    // `model.kind.${…}` style names: a prefix counts only when some key starts with it.
    const computed = new Set(
      [...code.matchAll(/[`"']([\w-]+(?:\.[\w-]+)*\.)(?:\$\{|["']\s*\+)/g)]
        .map((m) => m[1]!)
        .filter((prefix) => keys.some((k) => k.startsWith(prefix))),
    );
    expect(
      [...computed].filter((prefix) => !Object.keys(DYNAMIC_PREFIXES).some((listed) => prefix.startsWith(listed))),
      "list these prefixes in DYNAMIC_PREFIXES",
    ).toEqual([]);
  });

  it("uses every key", () => {
    const unused = keys.filter(
      (key) =>
        !Object.keys(DYNAMIC_PREFIXES).some((p) => key.startsWith(p)) &&
        !new RegExp(`["'\`]${key.replace(/[.-]/g, "\\$&")}["'\`]`).test(code),
    );
    expect(unused, "delete these from src/i18n/vi.ts or use them").toEqual([]);
  });

  it("lists no prefix that no key has", () => {
    expect(Object.keys(DYNAMIC_PREFIXES).filter((p) => !keys.some((k) => k.startsWith(p)))).toEqual([]);
  });
});

describe("fill, the one {name} filler (t() and the browser scripts)", () => {
  it.each([
    ["{shown} trên {total} mô hình", { shown: "12", total: "1.658" }, "12 trên 1.658 mô hình"],
    ["{count} mục tiêu", { count: 7 }, "7 mục tiêu"],
    ["{shown} trên {total}", { shown: "3" }, "3 trên {total}"],
  ])("%s", (template, vars, expected) => expect(fill(template, vars)).toBe(expected));

  it("is what t() uses", () => {
    expect(t("models.showing", { shown: 3, total: 10 })).toBe(fill(vi["models.showing"], { shown: 3, total: 10 }));
  });
});
