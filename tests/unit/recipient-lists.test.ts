import { describe, expect, it } from "vitest";
import {
  listPages,
  listRoutes,
  recipientCsv,
  recipientJson,
  recipientRows,
  recipientRowsHtml,
} from "../../src/lib/commendations/recipient-list-pages.ts";
import { parseCsv } from "../../src/lib/downloads/csv.ts";
import { modelMatcher } from "../../src/lib/commendations/recipient-model-match.ts";
import { listPageSegment, paths } from "../../src/lib/site/public-urls.ts";
import { filterOptions } from "../../src/lib/browser/recipient-table-rows.ts";
import type { AwardData, RecipientListData } from "../../src/schemas/commendation.ts";

const source = { document: "ke-hoach-tong-ket-10-nam-chi-thi-07-2024", section: "Mục III.2" };
const awards = new Map<string, AwardData>([
  [
    "giay-khen-giam-doc-cong-an-tinh",
    {
      kind: "award",
      title: "Giấy khen của Giám đốc Công an tỉnh",
      authority: "Giám đốc Công an tỉnh",
      form: "giay-khen",
      order: 50,
      source,
      updated: "2026-11-26",
    },
  ],
  [
    "bang-khen-chu-tich-ubnd-tinh",
    {
      kind: "award",
      title: "Bằng khen của Chủ tịch UBND tỉnh",
      authority: "Chủ tịch UBND tỉnh",
      form: "bang-khen",
      order: 40,
      source,
      updated: "2026-11-26",
    },
  ],
]);
const list: RecipientListData = {
  kind: "recipients",
  title: "Danh sách khen thưởng (ví dụ)",
  source,
  updated: "2026-11-26",
  award: "giay-khen-giam-doc-cong-an-tinh",
  decision: "Số 01/QĐ-CAT",
  decisionDate: "2024-07-01",
  rows: [
    {
      name: "Trường THPT Ngô Sỹ Liên",
      recipientType: "tap-the",
      organisation: "TRƯỜNG THPT NGÔ SỸ LIÊN",
      district: "Thành phố Bắc Giang",
      year: 2024,
    },
    {
      name: "Nguyễn Thị Mai",
      recipientType: "ca-nhan",
      organisation: "Bệnh viện Đa khoa huyện Tân Yên, Bắc Giang",
      district: null,
      year: 2023,
      award: "bang-khen-chu-tich-ubnd-tinh",
    },
    { name: "Trần Văn Hùng", recipientType: "ca-nhan", organisation: "Công an tỉnh", district: null, year: 2024 },
  ],
};
const matcher = modelMatcher([{ id: "truong-hoc-an-toan-truong-thpt-ngo-sy-lien", hosts: [{ name: "Trường THPT Ngô Sỹ Liên" }] }]);
const rows = recipientRows(list, matcher);

describe("recipientRowsHtml", () => {
  const labels = { recipientType: { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" }, noDistrict: "Không nêu" } as const;
  const titles = { "giay-khen-giam-doc-cong-an-tinh": "Giấy khen của Giám đốc Công an tỉnh" };
  it("writes one row per recipient: award title, type label, the organisation linked to its model, a missing district named", () => {
    expect(recipientRowsHtml(rows.slice(0, 2), titles, labels)).toBe(
      '<tr><td class="num">2024</td><td>Giấy khen của Giám đốc Công an tỉnh</td><td>Tập thể</td><td>Trường THPT Ngô Sỹ Liên</td>' +
        '<td><a href="/mo-hinh/truong-hoc-an-toan-truong-thpt-ngo-sy-lien/">TRƯỜNG THPT NGÔ SỸ LIÊN</a></td><td>Thành phố Bắc Giang</td></tr>' +
        '<tr><td class="num">2023</td><td>bang-khen-chu-tich-ubnd-tinh</td><td>Cá nhân</td><td>Nguyễn Thị Mai</td>' +
        "<td>Bệnh viện Đa khoa huyện Tân Yên, Bắc Giang</td><td>Không nêu</td></tr>",
    );
  });
  it("escapes text as Astro does, so a name with <, &, quotes cannot break the table", () => {
    const odd = { ...rows[0]!, name: `Tổ "An toàn" <1> & 'ATGT'`, model: '/mo-hinh/a&b"c/' };
    expect(recipientRowsHtml([odd], titles, labels)).toContain(
      '<td>Tổ &quot;An toàn&quot; &lt;1&gt; &amp; &#39;ATGT&#39;</td><td><a href="/mo-hinh/a&amp;b&quot;c/">',
    );
  });
});

describe("recipientRows", () => {
  it("fills the list's award and links organisations hosting a model", () => {
    expect(rows[0]).toEqual({
      year: 2024,
      award: "giay-khen-giam-doc-cong-an-tinh",
      recipientType: "tap-the",
      name: "Trường THPT Ngô Sỹ Liên",
      organisation: "TRƯỜNG THPT NGÔ SỸ LIÊN",
      district: "Thành phố Bắc Giang",
      model: paths.model("truong-hoc-an-toan-truong-thpt-ngo-sy-lien"),
    });
    expect(rows[1]?.award).toBe("bang-khen-chu-tich-ubnd-tinh");
    expect(rows[1]).not.toHaveProperty("model");
  });
});

describe("pages", () => {
  it.each([
    [5, [3]],
    [2, [2, 1]],
    [1, [1, 1, 1]],
  ])("at %d a page gives pages of sizes %j", (size, sizes) => {
    expect(listPages(rows, size).map((p) => p.rows.length)).toEqual(sizes);
  });
  it("numbers the first row of each page", () => {
    expect(listPages(rows, 2).map((p) => p.first)).toEqual([1, 3]);
  });
  it("routes page 1 to the list's own URL and later pages to /trang-N/", () => {
    expect(listPageSegment(1)).toBeUndefined();
    expect(listPageSegment(7)).toBe("trang-7");
    const listRows = recipientRows(list, matcher);
    const routes = listRoutes([{ id: "giay-khen-2024", data: list, rows: listRows, options: filterOptions(listRows) }], 2);
    expect(routes.map((r) => [r.params.id, r.params.page])).toEqual([
      ["giay-khen-2024", undefined],
      ["giay-khen-2024", "trang-2"],
    ]);
    expect(routes.map((r) => paths.recipientList(r.params.id, r.props.page.page))).toEqual([
      "/khen-thuong/danh-sach/giay-khen-2024/",
      "/khen-thuong/danh-sach/giay-khen-2024/trang-2/",
    ]);
    expect(routes[1]?.props.options.years).toEqual([2024, 2023]);
  });
});

describe("downloads", () => {
  it("CSV has a header and one line per row, with award titles and model addresses", () => {
    const csv = parseCsv(
      recipientCsv(
        rows,
        awards,
        {
          header: ["Năm", "Hình thức", "Đối tượng", "Tên", "Đơn vị", "Huyện", "Mô hình"],
          recipientType: { "tap-the": "Tập thể", "ca-nhan": "Cá nhân" },
        },
        "https://example.vn",
      ),
    );
    expect(csv).toHaveLength(4);
    expect(csv[1]).toEqual([
      "2024",
      "Giấy khen của Giám đốc Công an tỉnh",
      "Tập thể",
      "Trường THPT Ngô Sỹ Liên",
      "TRƯỜNG THPT NGÔ SỸ LIÊN",
      "Thành phố Bắc Giang",
      "https://example.vn/mo-hinh/truong-hoc-an-toan-truong-thpt-ngo-sy-lien/",
    ]);
    expect(csv[2]).toEqual([
      "2023",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Cá nhân",
      "Nguyễn Thị Mai",
      "Bệnh viện Đa khoa huyện Tân Yên, Bắc Giang",
      "",
      "",
    ]);
  });
  it("JSON names the decision and every award used", () => {
    const json = recipientJson("giay-khen-2024", list, rows, awards);
    expect(json).toMatchObject({ id: "giay-khen-2024", decision: "Số 01/QĐ-CAT", decisionDate: "2024-07-01", count: 3 });
    expect(Object.keys(json.awards)).toEqual(["giay-khen-giam-doc-cong-an-tinh", "bang-khen-chu-tich-ubnd-tinh"]);
    expect(json.rows).toBe(rows);
  });
});
