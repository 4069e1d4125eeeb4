import { describe, expect, it } from "vitest";
import { buildSearchRecords, mdxToText, renderSearchHtml, type SearchContent } from "../../src/lib/search/search-records.ts";
import { documentSchema, modelSchema, statisticGroupSchema, commendationSchema, targetSchema } from "../../src/schemas/index.ts";
import type { AssessmentRow, EventRow, ResponsibilityRow } from "../../src/lib/plan/plan-items.ts";

// Fictional issue-17 rows, as plan.ts makes them from content/assessments, responsibilities, events.
const assessments: AssessmentRow[] = [
  {
    id: "bao-cao-hu-cau-2019-1",
    document: "bao-cao-hu-cau-2019",
    kind: "bai-hoc",
    label: "1",
    section: "Mục IV",
    text: "Phải phát huy vai trò của người đứng đầu hư cấu.",
    topic: "nhan-thuc",
  },
  {
    id: "bao-cao-hu-cau-2019-2",
    document: "bao-cao-hu-cau-2019",
    kind: "phuong-huong",
    section: "Mục V",
    text: "Tiếp tục xây dựng mô hình hư cấu.",
    details: ["Đoạn tiếp theo về khu nhà trọ hư cấu."],
  },
];
const responsibilities: ResponsibilityRow[] = [
  {
    id: "bao-cao-hu-cau-2019-1",
    document: "bao-cao-hu-cau-2019",
    bodies: [
      { name: "Sở Hư Cấu", role: "chu-tri" },
      { name: "Công an tỉnh", role: "phoi-hop" },
    ],
    task: "Hướng dẫn việc kiểm tra hư cấu.",
    when: { text: "Trước 30/6/2024", by: "2024-06-30" },
    section: "Mục VI",
  },
  {
    id: "bao-cao-hu-cau-2019-2",
    document: "bao-cao-hu-cau-2019",
    bodies: [{ name: "Công an tỉnh", role: "chu-tri" }],
    task: "Theo dõi, tổng hợp kết quả.",
    when: null,
    section: "Mục VI",
  },
];
const events: EventRow[] = [
  {
    id: "bao-cao-hu-cau-2019-1",
    document: "bao-cao-hu-cau-2019",
    date: "2024-03-05",
    dateText: "05/3/2024",
    number: "99/KH-HC",
    text: "Kế hoạch số 99/KH-HC ngày 05/3/2024 về tổng kết hư cấu",
    section: "Mục I",
  },
];

// Fictional ("hư cấu") entries shaped like the real ones.
const content: SearchContent = {
  documents: [
    {
      id: "bao-cao-hu-cau-2019",
      data: documentSchema.parse({
        number: "Số: 01/BC-BCĐ",
        type: "bao-cao",
        title: "Báo cáo hư cấu về phong trào",
        shortTitle: "Báo cáo hư cấu 2019",
        issuer: "Ban Chỉ đạo hư cấu",
        province: "Bắc Giang",
        date: "2019-09",
        summary: "Tóm tắt hư cấu nêu các đơn vị.",
        sourceFile: "hu-cau.txt",
      }),
    },
  ],
  models: [
    {
      id: "truong-hoc-an-toan-thpt-ngo-sy-lien",
      body: "import X from './x';\n\n## Giới thiệu\n\nMô hình tại **Trường THPT Ngô Sỹ Liên**, xem [báo cáo](/van-ban/x/).\n\n<Chu>Đoạn</Chu> cuối.",
      data: modelSchema.parse({
        name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
        kind: "truong-hoc-an-toan",
        hosts: [{ name: "Trường THPT Ngô Sỹ Liên", type: "truong-hoc" }],
        location: { district: "Thành phố Bắc Giang" },
        launched: null,
        status: "da-xay-dung",
        summary: "Mô hình điểm hư cấu.",
        sources: [{ document: "bao-cao-hu-cau-2019", section: "Mục II" }],
        updated: "2026-11-26",
      }),
    },
  ],
  statistics: [
    {
      id: "tinh-hinh-hu-cau",
      data: statisticGroupSchema.parse({
        title: "Tình hình hư cấu",
        theme: "tinh-hinh",
        description: "Số vụ hư cấu.",
        period: { from: "2014", to: "2019-09" },
        source: { document: "bao-cao-hu-cau-2019", section: "Mục I" },
        updated: "2026-11-26",
        figures: [{ id: "vu-dinh-cong", metric: "Vụ đình công, lãn công", value: 1234, unit: "vụ", reportingBody: "Công an tỉnh" }],
      }),
    },
  ],
  commendations: [
    {
      id: "ky-niem-chuong-bao-ve-antq",
      data: commendationSchema.parse({
        kind: "award",
        title: "Kỷ niệm chương “Bảo vệ ANTQ”",
        source: { document: "bao-cao-hu-cau-2019", section: "Mục III" },
        form: "ky-niem-chuong",
        authority: "Bộ trưởng Bộ Công an",
        updated: "2026-11-26",
      }),
    },
    {
      id: "tieu-chuan-hu-cau",
      data: commendationSchema.parse({
        kind: "criteria",
        title: "Tiêu chuẩn hư cấu",
        source: { document: "bao-cao-hu-cau-2019", section: "Mục IV" },
        recipientType: "tap-the",
        group: "Tập thể hư cấu",
        requirements: ["Không để xảy ra đình công."],
        updated: "2026-11-26",
      }),
    },
  ],
  targets: [
    {
      id: "muc-tieu-2-10",
      data: targetSchema.parse({
        number: "2.10",
        text: "Mục tiêu hư cấu thứ mười.",
        title: "Mục tiêu mười",
        goals: [{ description: "Tỷ lệ hư cấu", value: 95, qualifier: "trên", unit: "%", deadline: "2025" }],
        source: { document: "bao-cao-hu-cau-2019", section: "Mục V" },
        updated: "2026-11-26",
      }),
    },
  ],
  assessments,
  responsibilities,
  events,
};

describe("buildSearchRecords", () => {
  const records = buildSearchRecords(content);
  const byUrl = new Map(records.map((r) => [r.url, r]));

  it("makes one record per public page, at the URLs of paths.ts", () => {
    expect([...byUrl.keys()].sort()).toEqual(
      [
        "/khen-thuong/",
        "/khen-thuong/tieu-chuan/",
        "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/",
        "/muc-tieu/",
        "/so-lieu/tinh-hinh/",
        "/van-ban/bao-cao-hu-cau-2019/",
        "/danh-gia/",
        "/dong-thoi-gian/",
        "/phuong-huong/",
        "/trach-nhiem/",
        "/trach-nhiem/co-quan/cong-an-tinh/",
        "/trach-nhiem/co-quan/so-hu-cau/",
      ].sort(),
    );
  });

  it("indexes the plan pages by every word they show, each body's page by its own tasks", () => {
    const words = (url: string) => byUrl.get(url)?.text.join(" ") ?? "";
    expect(words("/danh-gia/")).toContain("1. Phải phát huy vai trò của người đứng đầu hư cấu.");
    expect(byUrl.get("/danh-gia/")?.names).toEqual(["Bài học kinh nghiệm", "Nhận thức, trách nhiệm"]);
    expect(words("/phuong-huong/")).toContain("Đoạn tiếp theo về khu nhà trọ hư cấu.");
    expect(byUrl.get("/trach-nhiem/")?.text).toEqual(
      expect.arrayContaining(["Sở Hư Cấu (chủ trì), Công an tỉnh (phối hợp)", "Hướng dẫn việc kiểm tra hư cấu.", "Trước 30/6/2024"]),
    );
    expect(words("/trach-nhiem/co-quan/so-hu-cau/")).toContain("Hướng dẫn việc kiểm tra hư cấu.");
    expect(words("/trach-nhiem/co-quan/so-hu-cau/")).not.toContain("Theo dõi, tổng hợp kết quả.");
    expect(byUrl.get("/trach-nhiem/co-quan/so-hu-cau/")?.title).toBe("Trách nhiệm của Sở Hư Cấu");
    expect(words("/dong-thoi-gian/")).toContain("05/3/2024 · Kế hoạch số 99/KH-HC");
    expect(words("/dong-thoi-gian/")).toContain("Kế hoạch số 99/KH-HC ngày 05/3/2024 về tổng kết hư cấu");
  });

  it.each([
    [
      "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/",
      { loai: ["Mô hình"], "loai-mo-hinh": ["Trường học an toàn về ANTT"], huyen: ["Thành phố Bắc Giang"], nam: ["2019"] },
    ],
    ["/so-lieu/tinh-hinh/", { loai: ["Số liệu"], nam: ["2019"] }],
    ["/khen-thuong/", { loai: ["Khen thưởng"], nam: ["2019"] }],
    ["/van-ban/bao-cao-hu-cau-2019/", { loai: ["Văn bản"], nam: ["2019"] }],
    ["/muc-tieu/", { loai: ["Mục tiêu"], nam: ["2019"] }],
  ])("gives %s the filters %j", (url, filters) => {
    expect(byUrl.get(url)?.filters).toEqual(filters);
  });

  it("shows key facts formatted for vi-VN", () => {
    expect(byUrl.get("/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/")?.facts).toEqual([
      "Trường học an toàn về ANTT",
      "Thành phố Bắc Giang",
      "Đã xây dựng (theo báo cáo)",
    ]);
    expect(byUrl.get("/van-ban/bao-cao-hu-cau-2019/")?.facts).toEqual(["Báo cáo", "Số: 01/BC-BCĐ", "Ban Chỉ đạo hư cấu", "9/2019"]);
    expect(byUrl.get("/so-lieu/tinh-hinh/")?.text).toContain("Vụ đình công, lãn công: 1.234 vụ: Công an tỉnh");
    expect(byUrl.get("/muc-tieu/")?.text).toContain("Tỷ lệ hư cấu: trên 95%");
  });

  it("files an FDI model under FDI, its investor country, district and industrial park", () => {
    const fdi = buildSearchRecords({
      ...content,
      models: [
        {
          id: "doi-hu-cau",
          body: "",
          data: modelSchema.parse({
            name: "Đội công nhân xung kích hư cấu",
            kind: "doi-cong-nhan-xung-kich",
            hosts: [{ name: "Công ty TNHH Hư Cấu", type: "doanh-nghiep", ownership: "fdi", investorCountry: "Hàn Quốc" }],
            location: { district: "Việt Yên", industrialPark: "Khu công nghiệp Quang Châu" },
            launched: 2018,
            status: "da-xay-dung",
            summary: "Mô hình hư cấu.",
            sources: [{ document: "bao-cao-hu-cau-2019", section: "Mục II" }],
            updated: "2026-11-26",
          }),
        },
      ],
    }).find((r) => r.url === "/mo-hinh/doi-hu-cau/");
    expect(fdi?.keywords).toEqual(
      expect.arrayContaining([
        "Doanh nghiệp FDI",
        "Hàn Quốc",
        "Việt Yên",
        "huyện Việt Yên",
        "Khu công nghiệp Quang Châu",
        "2018",
        "Đội công nhân xung kích bảo đảm ANTT",
      ]),
    );
  });

  it("puts awards on the commendations page and criteria on the rules page", () => {
    expect(byUrl.get("/khen-thuong/")?.text.join(" ")).toContain("Kỷ niệm chương");
    expect(byUrl.get("/khen-thuong/tieu-chuan/")?.text.join(" ")).toContain("Không để xảy ra đình công.");
  });

  it("yields nothing for empty collections, so the build passes without content of a kind", () => {
    expect(
      buildSearchRecords({
        documents: [],
        models: [],
        statistics: [],
        commendations: [],
        targets: [],
        assessments: [],
        responsibilities: [],
        events: [],
      }),
    ).toEqual([]);
  });
});

describe("mdxToText", () => {
  it("keeps the words and drops imports, components and Markdown", () => {
    expect(
      mdxToText(
        "import X from './x';\n\n## Giới thiệu\n\nTại **Trường THPT Ngô Sỹ Liên**, xem [báo cáo](/van-ban/x/).\n\n<Chu>Đoạn</Chu> cuối.",
      ),
    ).toEqual(["Giới thiệu", "Tại Trường THPT Ngô Sỹ Liên, xem báo cáo.", "Đoạn cuối."]);
  });
});

describe("renderSearchHtml", () => {
  const [model] = buildSearchRecords(content);
  const html = renderSearchHtml(model!);

  it("weights the title above the body and keeps meta and filters out of the text", () => {
    expect(html).toContain('<h1 data-pagefind-weight="10">Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên</h1>');
    expect(html).toContain('<meta data-pagefind-meta="type[content]" content="Mô hình">');
    expect(html).toContain('<meta data-pagefind-filter="huyen[content]" content="Thành phố Bắc Giang">');
  });

  it("indexes the text as written, with no helper words beside it", () => {
    const doc = renderSearchHtml(buildSearchRecords(content).find((r) => r.url === "/so-lieu/tinh-hinh/")!);
    expect(doc).toContain("<p>Vụ đình công, lãn công: 1.234 vụ: Công an tỉnh</p>");
    expect(doc).not.toMatch(/\bdinh\b|⁅/);
  });

  it("makes a model's facets searchable words in a keywords meta field", () => {
    expect(html).toContain(
      '<meta data-pagefind-meta="keywords[content]" content="Trường học an toàn về ANTT · Thành phố Bắc Giang · Trường học">',
    );
  });

  it("escapes markup in content", () => {
    const html2 = renderSearchHtml({
      url: "/x/",
      type: "van-ban",
      title: 'A <b> & "c"',
      facts: [],
      keywords: [],
      names: [],
      text: ["<script>"],
      filters: {},
    });
    expect(html2).not.toContain("<script>");
    expect(html2).toContain("A &lt;b&gt; &amp; &quot;c&quot;");
  });
});
