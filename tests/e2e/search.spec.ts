import { readFileSync, readdirSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { test, expect } from "./fixtures.ts";
import type { Page } from "@playwright/test";
import { paths } from "../../src/lib/site/public-urls.ts";
import { foldWord, indexedWords } from "../../src/lib/browser/search-folding.ts";
import { buildSearchPlan, synonymGroups } from "../../src/lib/browser/search-plan.ts";
import { glossary } from "../../src/config/glossary.ts";
import { slugify } from "../../src/lib/browser/slug.ts";
import { indexedTexts } from "../../scripts/lib/bench/search-relevance.ts";

// Expected pages come from the content files, never retyped here.
const json = (dir: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({ id: f.slice(0, -5), data: JSON.parse(readFileSync(`content/${dir}/${f}`, "utf8").replace(/^\uFEFF/, "")) }));
const models = readdirSync("content/models")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => ({
    id: f.slice(0, -4),
    data: parseYaml(
      /^---\n([\s\S]*?)\n---/.exec(
        readFileSync(`content/models/${f}`, "utf8")
          .replace(/^\uFEFF/, "")
          .replace(/\r\n?/g, "\n"),
      )![1]!,
    ),
  }));
const statistics = json("statistics");
const commendations = json("commendations");
const folded = (text: string) => text.split(/\s+/).map(foldWord).join(" ");

const modelUrl = (predicate: (data: { name: string; kind: string }) => boolean) => {
  const model = models.find((m) => predicate(m.data));
  expect(model, "content has the model this test looks for").toBeDefined();
  return paths.model(model!.id);
};
const themeUrlMentioning = (words: string) => {
  const group = statistics.find((g) => JSON.stringify(g.data).includes(words));
  expect(group, `a statistics group mentions “${words}”`).toBeDefined();
  return paths.theme(group!.data.theme);
};

async function search(page: Page, query: string) {
  await page.goto(`${paths.search()}?q=${encodeURIComponent(query)}`);
  const status = page.getByRole("status");
  // The first load compiles Pagefind's WASM, slow on a busy machine.
  await expect(status).not.toHaveText(/Đang tải|^$/, { timeout: 15_000 });
  return status;
}

// Counted results only: near matches, when offered, are a list of their own.
async function resultUrls(page: Page) {
  return page
    .locator("[data-search-results] > li")
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
}

const schoolUrls = () => models.filter((m) => m.data.kind === "truong-hoc-an-toan").map((m) => paths.model(m.id));

// `expected` lists the acceptable pages: models of one kind tie on a query naming the kind.
const cases: { query: string; expected: () => string | string[]; within: number }[] = [
  { query: "truong hoc an toan", expected: schoolUrls, within: 1 },
  { query: "ngo sy lien", expected: () => modelUrl((m) => folded(m.name).includes("ngo sy lien")), within: 1 },
  { query: "Đội công nhân xung kích", expected: () => modelUrl((m) => m.kind === "doi-cong-nhan-xung-kich"), within: 1 },
  {
    query: "ky niem chuong",
    expected: () => {
      expect(commendations.some((c) => c.data.kind === "award" && c.data.form === "ky-niem-chuong")).toBe(true);
      return paths.commendations();
    },
    within: 1,
  },
  { query: "dinh cong", expected: () => themeUrlMentioning("đình công"), within: 5 },
  // The liên kết models, whose kind is named “Liên kết giữa chính quyền và đơn vị”, come first.
  { query: "don vi", expected: () => themeUrlMentioning("cơ quan, đơn vị"), within: 20 },
];

for (const { query, expected, within } of cases) {
  test(`“${query}” finds the expected page among the first ${within}`, async ({ page, pageErrors }) => {
    const acceptable = [expected()].flat();
    await search(page, query);
    const urls = await resultUrls(page);
    expect(
      urls.slice(0, within).some((u) => acceptable.includes(u)),
      `${urls.slice(0, within).join(", ")} should include one of ${acceptable.join(", ")}`,
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  });
}

test("titles outrank body mentions: every school model comes before other pages", async ({ page, pageErrors }) => {
  const schools = schoolUrls();
  await search(page, "truong hoc an toan");
  const urls = await resultUrls(page);
  expect(urls.slice(0, Math.min(schools.length, 10)).sort()).toEqual(schools.slice(0, 10).sort());
  expect(pageErrors).toEqual([]);
});

test("unmarked, marked and other-convention spellings find the same pages", async ({ page, pageErrors }) => {
  // Six page loads, each starting Pagefind afresh.
  test.slow();
  for (const [a, b] of [
    ["don vi", "đơn vị"],
    ["hiệp hoà", "hiệp hòa"],
    ["dinh cong", "đình công"],
  ] as const) {
    const countA = await (await search(page, a)).textContent();
    const countB = await (await search(page, b)).textContent();
    expect(countA?.replace(a, b)).toBe(countB);
  }
  expect(pageErrors).toEqual([]);
});

test("a query opens on the same page with or without marks, đ or d, hòa or hoà", async ({ page, pageErrors }) => {
  test.slow();
  for (const [plain, marked] of [
    ["tu quan", "tự quản"],
    ["dinh ke", "Đình Kế"],
    ["hiep hoa", "Hiệp Hoà"],
    ["dai loan", "Đài Loan"],
  ] as const) {
    await search(page, plain);
    const first = (await resultUrls(page))[0];
    await search(page, marked);
    expect((await resultUrls(page))[0], `“${plain}” and “${marked}”`).toBe(first);
  }
  expect(pageErrors).toEqual([]);
});

test("a word no page has is named, and nothing is counted for it", async ({ page, pageErrors }) => {
  // Pagefind alone answers “Đoài” with pages about “đó”, a shorter word it does know.
  const status = await search(page, "Đoài");
  await expect(status).toHaveText("Không tìm thấy trang nào có từ “Đoài”.");
  await expect(page.locator("[data-search-results] > li")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Kết quả gần đúng" })).toBeHidden();
  expect(pageErrors).toEqual([]);
});

test("a word still being typed offers near matches apart, never counted", async ({ page, pageErrors }) => {
  const model = models.find((m) => folded(m.data.name).includes("ngo sy lien"))!;
  const status = await search(page, "ngo sy li");
  await expect(status).toHaveText("Không tìm thấy trang nào có từ “li”.");
  await expect(page.locator("[data-search-results] > li")).toHaveCount(0);
  const near = page.getByRole("region", { name: "Kết quả gần đúng" });
  await expect(near).toBeVisible();
  await expect(near).toContainText("Không tính vào kết quả");
  await expect(near.getByRole("link", { name: model.data.name })).toBeVisible();
  await expect(near.locator("mark").filter({ hasText: "Liên" }).first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("two words typed together count only the pages where they stand together; pages holding them apart are listed apart", async ({
  page,
  pageErrors,
}) => {
  // “Yên Dũng” is a district; a model in Việt Yên whose text says “xây dựng” holds both folded words, apart.
  const district = models.find((m) => m.data.location?.district === "Yên Dũng");
  expect(district, "content has a model in Yên Dũng").toBeDefined();
  const texts = await indexedTexts(page);
  const together = (url: string) =>
    ` ${(texts.get(url) ?? "")
      .split(/\s+/)
      .map((w) => foldWord(w.replace(/[^\p{L}\p{M}\p{N}]/gu, "")))
      .filter(Boolean)
      .join(" ")} `.includes(" yen dung ");
  const status = await search(page, "Yên Dũng");
  const counted = await resultUrls(page);
  await expect(status).toHaveText(`Tìm thấy ${counted.length} kết quả cho “Yên Dũng”.`);
  expect(counted[0]).toBe(paths.model(district!.id));
  for (const url of counted) expect(together(url), `${url} is counted, so it has “Yên Dũng” side by side`).toBe(true);
  const apart = page.getByRole("region", { name: "Có đủ các từ nhưng không liền nhau" });
  await expect(apart).toBeVisible();
  await expect(apart).toContainText("Không tính vào kết quả");
  const apartUrls = await apart.locator("li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(apartUrls.length).toBeGreaterThan(0);
  for (const url of apartUrls) {
    expect(counted).not.toContain(url);
    expect(together(url), `${url} is listed apart, so its “Yên” and “Dũng” stand apart`).toBe(false);
  }
  // Accessibility of this view: the search states of the sweep in tests/e2e/a11y.spec.ts.
  expect(pageErrors).toEqual([]);
});

test("the plan pages are found by their passages, not only their headings", async ({ page, pageErrors }) => {
  // A task's words lead to the page of the body it is given to, and to the table of all tasks.
  const [file] = json("responsibilities");
  const task = (file!.data as { items: { task: string; bodies: { name: string }[] }[] }).items[0]!;
  const phrase = task.task.split(/\s+/).slice(0, 8).join(" ");
  await search(page, phrase);
  const urls = await resultUrls(page);
  expect(urls).toContain(paths.responsibilities());
  expect(urls).toContain(paths.responsibilityBody(slugify(task.bodies[0]!.name)));
  expect(pageErrors).toEqual([]);
});

test("a model's facets are searchable: FDI, an investor country and a district find the models filed under them", async ({
  page,
  pageErrors,
}) => {
  test.slow();
  const fdi = models
    .filter((m) => (m.data.hosts as { ownership?: string }[]).some((h) => h.ownership === "fdi"))
    .map((m) => paths.model(m.id));
  expect(fdi.length).toBeGreaterThan(0);
  for (const query of ["FDI", "doanh nghiep FDI", "vốn đầu tư nước ngoài"]) {
    await search(page, query);
    expect((await resultUrls(page)).slice(0, fdi.length + 1), query).toEqual(expect.arrayContaining(fdi));
  }
  const korean = models.find((m) => (m.data.hosts as { investorCountry?: string }[]).some((h) => h.investorCountry === "Hàn Quốc"))!;
  await search(page, "Hàn Quốc");
  expect((await resultUrls(page))[0]).toBe(paths.model(korean.id));
  const inDistrict = models.filter((m) => m.data.location.district === "Việt Yên").map((m) => paths.model(m.id));
  await search(page, "Việt Yên");
  expect(await resultUrls(page)).toEqual(expect.arrayContaining(inDistrict));
  expect(pageErrors).toEqual([]);
});

test("excerpts carry no helper token and mark only words of the query or its glossary wordings", async ({ page, pageErrors }) => {
  test.slow();
  const groups = synonymGroups(glossary);
  for (const query of ["dinh ke", "FDI", "Hàn Quốc", "137.226", "tu quan", "an ninh trat tu", "don vi"]) {
    await search(page, query);
    const allowed = new Set(buildSearchPlan(query, groups).alternatives.flat().map(foldWord));
    const excerpts = page.locator("[data-search-results] .result-excerpt");
    expect(await excerpts.count(), query).toBeGreaterThan(0);
    for (const text of await excerpts.allTextContents()) expect(text, query).not.toMatch(/[⁅⁆]/);
    for (const mark of await page.locator("[data-search-results] mark").allTextContents()) {
      expect(
        [...indexedWords(mark)].some((w) => allowed.has(w)),
        `“${mark}” marked for “${query}”`,
      ).toBe(true);
    }
  }
  expect(pageErrors).toEqual([]);
});

test("results show type, title, key facts and highlighted words", async ({ page, pageErrors }) => {
  const url = modelUrl((m) => folded(m.name).includes("ngo sy lien"));
  const model = models.find((m) => paths.model(m.id) === url)!;
  await search(page, "ngo sy lien");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: model.data.name }) });
  await expect(item).toContainText("Mô hình");
  await expect(item).toContainText(model.data.location.district ?? "");
  await expect(item.locator("mark").first()).toHaveText(/Ngô|Sỹ|Liên/);
  await expect(page.getByRole("status")).toHaveText(/^Tìm thấy \d+ kết quả cho “ngo sy lien”\.$/);
  expect(pageErrors).toEqual([]);
});

test("facets narrow results, combine, and show counts", async ({ page, pageErrors }) => {
  const status = await search(page, "an toan");
  const countIn = async (text: string) => Number(text.match(/(\d+)/)![1]);
  const total = await countIn((await status.textContent())!);
  // On a phone the filters are folded away until asked for.
  await page.getByText("Lọc kết quả", { exact: true }).click();
  const modelsBox = page.getByRole("checkbox", { name: /^Mô hình \(\d+\)$/ });
  const docsBox = page.getByRole("checkbox", { name: /^Văn bản \(\d+\)$/ });
  const modelCount = await countIn(
    (await modelsBox.getAttribute("aria-label")) ??
      (await page.locator(`label[for="${await modelsBox.getAttribute("id")}"]`).textContent())!,
  );
  const docCount = await countIn((await page.locator(`label[for="${await docsBox.getAttribute("id")}"]`).textContent())!);
  expect(modelCount).toBeLessThan(total);
  await modelsBox.check();
  await expect(status).toHaveText(`Tìm thấy ${modelCount} kết quả cho “an toan”.`);
  await expect(page).toHaveURL(/[?&]loai=mo-hinh/);
  for (const type of await page.locator(".result-type").allTextContents()) expect(type).toBe("Mô hình");
  // Two values of one facet add up, as their counts announced.
  await docsBox.check();
  await expect(status).toHaveText(`Tìm thấy ${modelCount + docCount} kết quả cho “an toan”.`);
  // A second facet narrows again.
  const district = models.find((m) => m.data.location.district)!.data.location.district as string;
  await page.getByRole("checkbox", { name: new RegExp(`^${district} \\(\\d+\\)$`) }).check();
  await expect(page).toHaveURL(new RegExp(`[?&]huyen=${slugify(district)}`));
  await expect(status).not.toHaveText(`Tìm thấy ${modelCount + docCount} kết quả cho “an toan”.`);
  expect(await countIn((await status.textContent())!)).toBeLessThan(modelCount);
  expect(pageErrors).toEqual([]);
});

test("facets alone browse the content: a district lists its models", async ({ page, pageErrors }) => {
  const district = models.find((m) => m.data.location.district)!.data.location.district as string;
  const expected = models
    .filter((m) => m.data.location.district === district)
    .map((m) => paths.model(m.id))
    .sort();
  await page.goto(`${paths.search()}?huyen=${slugify(district)}`);
  await expect(page.getByRole("status")).toHaveText(`Có ${expected.length} kết quả theo bộ lọc đã chọn.`, { timeout: 15_000 });
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${district} `) })).toBeChecked();
  expect((await resultUrls(page)).sort()).toEqual(expected);
  expect(pageErrors).toEqual([]);
});

test("the query string round-trips: a sent link opens the same search", async ({ page, pageErrors }) => {
  await page.goto(`${paths.search()}?q=ngo+sy+lien&loai=mo-hinh`);
  await expect(page.getByRole("status")).toHaveText(/^Tìm thấy 1 kết quả/, { timeout: 15_000 });
  await expect(page.getByLabel("Từ cần tìm")).toHaveValue("ngo sy lien");
  await expect(page.getByRole("checkbox", { name: /^Mô hình / })).toBeChecked();
  await page.getByLabel("Từ cần tìm").fill("truong hoc");
  await expect(page).toHaveURL(/\?q=truong\+hoc&loai=mo-hinh$/);
  // The address changes as the words are typed; the count follows a moment later.
  await expect(page.getByRole("status")).toHaveText(/^Tìm thấy \d+ kết quả cho “truong hoc”/, { timeout: 15_000 });
  const sent = page.url();
  const again = await page.context().newPage();
  await again.goto(sent);
  await expect(again.getByRole("status")).toHaveText((await page.getByRole("status").textContent()) ?? "", { timeout: 15_000 });
  await again.close();
  expect(pageErrors).toEqual([]);
});

test("keyboard only: header field, results, facets", async ({ page, pageErrors }) => {
  await page.goto("/");
  const field = page.getByRole("searchbox", { name: "Tìm kiếm trên trang" });
  for (let i = 0; i < 15 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
  await page.keyboard.type("ky niem chuong");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=ky\+niem\+chuong$/);
  // The count is the content's (the award is named on the commendations page and in plan passages).
  await expect(page.getByRole("status")).toHaveText(/^Tìm thấy [\d.]+ kết quả cho “ky niem chuong”/, { timeout: 15_000 });
  // From the page's own field, Tab reaches the first facet and Space toggles it.
  await page.getByLabel("Từ cần tìm").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByText("Lọc kết quả", { exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  // The filters' data is fetched when the panel first opens.
  const firstBox = page.getByRole("checkbox").first();
  await firstBox.waitFor();
  await page.keyboard.press("Tab");
  await expect(firstBox).toBeFocused();
  await page.keyboard.press("Space");
  await expect(firstBox).toBeChecked();
  await expect(page).toHaveURL(/&loai=/);
  expect(pageErrors).toEqual([]);
});

test("a query without results says so and offers the listings", async ({ page, pageErrors }) => {
  await search(page, "qqzzxx wwyy");
  await expect(page.getByRole("status")).toHaveText("Không tìm thấy trang nào có từ “qqzzxx”, “wwyy”.");
  await expect(page.getByText(/Gợi ý: kiểm tra chính tả/)).toBeVisible();
  for (const name of ["Danh sách mô hình điểm", "Số liệu theo chủ đề", "Văn bản nguồn"]) {
    await expect(page.getByRole("link", { name }).last()).toBeVisible();
  }
  expect(pageErrors).toEqual([]);
});

test("nothing of the search is downloaded before the search page", async ({ page, pageErrors }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Tìm kiếm trên trang" }).focus();
  await page.goto(paths.documents());
  expect(requested.filter((p) => p.startsWith("/pagefind/") || /SearchApp|search-page/.test(p))).toEqual([]);
  let bytes = 0;
  page.on("response", async (r) => {
    if (new URL(r.url()).pathname.startsWith("/pagefind/")) bytes += (await r.body()).length;
  });
  await search(page, "ngo sy lien");
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  expect(bytes).toBeGreaterThan(0);
  test.info().annotations.push({ type: "pagefind bytes for a first query", description: String(bytes) });
  expect(pageErrors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page explains and links the listings", async ({ page, pageErrors }) => {
    await page.goto(`${paths.search()}?q=don+vi`);
    await expect(page.getByText(/Tìm kiếm cần JavaScript/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Danh sách mô hình điểm" }).first()).toHaveAttribute("href", paths.models());
    await expect(page.getByRole("link", { name: "Văn bản nguồn" }).first()).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});

// Accessibility (axe) of the page with results and its filters open: tests/e2e/a11y.spec.ts.
