import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newEntry } from "../../scripts/new-entry.ts";
import { validateContent } from "../../scripts/lib/validate.ts";
import { buildSite } from "../../scripts/build-site.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";

const effects = (answers: (string | undefined)[] = []) => {
  const out: string[] = [];
  return {
    out,
    log: (t: string) => out.push(t),
    error: (t: string) => out.push(t),
    today: () => "2026-11-26",
    ask: async () => answers.shift(),
  };
};

const STARTERS = [
  ["model", "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên", "models/truong-hoc-an-toan-ve-antt-tai-truong-thpt-ngo-sy-lien.mdx"],
  ["mo-hinh", "Đội tự quản Đình Trám tại Công ty Hư Cấu", "models/doi-tu-quan-dinh-tram-tai-cong-ty-hu-cau.mdx"],
  ["document", "Báo cáo tổng kết 10 năm", "documents/bao-cao-tong-ket-10-nam.json"],
  ["statistic", "Tuyên truyền năm 2024", "statistics/tuyen-truyen-nam-2024.json"],
  ["commendation", "Bằng khen của Chủ tịch UBND tỉnh", "commendations/bang-khen-cua-chu-tich-ubnd-tinh.json"],
  ["target", "Mục tiêu camera an ninh", "targets/muc-tieu-camera-an-ninh.json"],
  // One file per document: the name given is the document's id.
  ["danh-gia", "van-ban-thu-nghiem", "assessments/van-ban-thu-nghiem.json"],
  ["responsibility", "van-ban-thu-nghiem", "responsibilities/van-ban-thu-nghiem.json"],
  ["moc-thoi-gian", "van-ban-thu-nghiem", "events/van-ban-thu-nghiem.json"],
] as const;

describe("npm run new", () => {
  it.each(STARTERS)("%s %s writes a draft the preview shows and the check refuses (%s)", (kind, name, file) => {
    const dir = fixtureSite();
    return newEntry([kind, name], dir, effects()).then((code) => {
      expect(code).toBe(0);
      expect(existsSync(join(dir, file))).toBe(true);
      // The live preview accepts it as it is…
      expect(validateContent(dir, process.cwd(), { allowDrafts: true }).problems).toEqual([]);
      // …the check refuses it as a draft, naming the file…
      const { problems } = validateContent(dir);
      expect(problems.map((p) => [p.file.endsWith(file), p.field, p.expected.startsWith("bản nháp không được xuất bản")])).toEqual([
        [true, "draft", true],
      ]);
      // …and with the draft line removed, every «…» left is refused.
      const path = join(dir, file);
      writeFileSync(
        path,
        readFileSync(path, "utf8")
          .replace(/^draft: true\n/m, "")
          .replace(/\n  "draft": true,/, ""),
      );
      const left = validateContent(dir).problems;
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((p) => p.file.endsWith(file) && p.found.startsWith("chữ mẫu «"))).toBe(true);
      // …and with the « » deleted too, every instruction left is still refused, and nothing the
      // starter filled passes for a document's figure, year or choice.
      writeFileSync(path, readFileSync(path, "utf8").replace(/[«»]/g, ""));
      const unmarked = validateContent(dir).problems;
      expect(unmarked.length).toBeGreaterThanOrEqual(left.length);
      expect(
        unmarked.every((p) => p.file.endsWith(file)),
        JSON.stringify(unmarked, null, 1),
      ).toBe(true);
      expect(unmarked.some((p) => p.expected.startsWith("còn lời dặn của tệp mẫu"))).toBe(true);
    });
  });

  it("fills no number, year or list choice the editor could publish unread", async () => {
    const dir = fixtureSite();
    for (const [kind, name] of STARTERS) await newEntry([kind, name], dir, effects());
    const statistic = JSON.parse(readFileSync(join(dir, "statistics/tuyen-truyen-nam-2024.json"), "utf8"));
    expect(statistic.figures[0].value).toMatch(/^«.*»$/);
    expect(statistic.period.from).toMatch(/^«.*»$/);
    const target = JSON.parse(readFileSync(join(dir, "targets/muc-tieu-camera-an-ninh.json"), "utf8"));
    expect([target.number, target.goals[0].value, target.goals[0].deadline]).toEqual([
      expect.stringMatching(/^«/),
      expect.stringMatching(/^«/),
      expect.stringMatching(/^«/),
    ]);
    const model = readFileSync(join(dir, "models/truong-hoc-an-toan-ve-antt-tai-truong-thpt-ngo-sy-lien.mdx"), "utf8");
    expect(model).toMatch(/^launched: "«/m);
    expect(model).not.toMatch(/: (0|null|chua-ro)$/m);
  });

  it("cites no real document: an unedited source would publish the figures under the wrong document", async () => {
    const dir = fixtureSite();
    for (const [kind, name] of STARTERS) await newEntry([kind, name], dir, effects());
    const model = readFileSync(join(dir, "models/truong-hoc-an-toan-ve-antt-tai-truong-thpt-ngo-sy-lien.mdx"), "utf8");
    const sources = [
      JSON.parse(/^ {2}- document: (.*)$/m.exec(model)![1]!) as string,
      ...[
        "statistics/tuyen-truyen-nam-2024.json",
        "commendations/bang-khen-cua-chu-tich-ubnd-tinh.json",
        "targets/muc-tieu-camera-an-ninh.json",
      ].map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")).source.document),
    ];
    expect(sources).toHaveLength(4);
    for (const document of sources) {
      expect(document).toMatch(/^«.*content\/documents\/.*»$/);
      expect(existsSync(join(dir, "documents", `${document}.json`))).toBe(false);
    }
  });

  it("takes the model's kind and the host's type from the name, not a default school", async () => {
    const dir = fixtureSite();
    expect(await newEntry(["model", "Đội tự quản ANTT tại Công ty ABC"], dir, effects())).toBe(0);
    const text = readFileSync(join(dir, "models/doi-tu-quan-antt-tai-cong-ty-abc.mdx"), "utf8");
    expect(text).toMatch(/^kind: tu-quan$/m);
    expect(text).toMatch(/^    type: doanh-nghiep$/m);
    expect(text).toContain('name: "Công ty ABC"');
    expect(text).not.toMatch(/Viết nội dung|tại đây/);
  });

  it("asks when the name does not say, and explains --loai when nobody can answer", async () => {
    const dir = fixtureSite();
    const asked = effects(["lien-ket", "co-quan"]);
    expect(await newEntry(["model", "Mô hình Hư Cấu"], dir, asked)).toBe(0);
    expect(readFileSync(join(dir, "models/mo-hinh-hu-cau.mdx"), "utf8")).toMatch(/^kind: lien-ket$/m);
    const { ask: _ask, ...silent } = effects();
    expect(await newEntry(["model", "Mô hình Hư Cấu Khác"], dir, silent)).toBe(2);
    expect(silent.out[0]).toMatch(/--loai/);
  });

  it("takes --loai and --don-vi in either spelling, and explains usage for an option it does not know", async () => {
    const dir = fixtureSite();
    const { ask: _ask, ...silent } = effects();
    expect(await newEntry(["model", "Mô hình Hư Cấu", "--loai", "lien-ket", "--don-vi=co-quan"], dir, silent)).toBe(0);
    const text = readFileSync(join(dir, "models/mo-hinh-hu-cau.mdx"), "utf8");
    expect(text).toMatch(/^kind: lien-ket$/m);
    expect(text).toMatch(/^    type: co-quan$/m);
    const fx = effects();
    expect(await newEntry(["model", "Mô hình Hư Cấu Khác", "--loại", "lien-ket"], dir, fx)).toBe(2);
    expect(fx.out[0]).toMatch(/Cách dùng/);
  });

  it("refuses to overwrite an existing file", async () => {
    const dir = fixtureSite();
    const fx = effects();
    expect(await newEntry(["model", "Đội tự quản tại Công ty Hư Cấu"], dir, fx)).toBe(0);
    expect(await newEntry(["model", "Đội tự quản tại Công ty Hư Cấu"], dir, fx)).toBe(1);
    expect(fx.out.at(-1)).toMatch(/đã có\. Không ghi đè/);
  });

  it("explains usage in Vietnamese when the kind is unknown", async () => {
    const fx = effects();
    expect(await newEntry(["bai-viet", "X"], fixtureSite(), fx)).toBe(2);
    expect(fx.out[0]).toMatch(/Cách dùng/);
  });
});

describe("a starter published without editing", () => {
  it("is refused by the build, which lists it, and nothing is published", async () => {
    const dir = fixtureSite();
    expect(await newEntry(["model", "Đội tự quản ANTT tại Công ty ABC"], dir, effects())).toBe(0);
    const outDir = join(fixtureSite(), "dist");
    const errors: string[] = [];
    expect(await buildSite({ contentDir: dir, outDir, log: () => {}, error: (t) => errors.push(t) })).toBe(1);
    expect(errors.join("\n")).toContain("models/doi-tu-quan-antt-tai-cong-ty-abc.mdx");
    expect(errors.join("\n")).toContain("bản nháp không được xuất bản");
    expect(existsSync(outDir)).toBe(false);
  });

  it("is refused by the build with draft: true and every « » deleted, at the starter's own lines", async () => {
    const dir = fixtureSite();
    expect(await newEntry(["statistic", "Tuyên truyền năm 2024"], dir, effects())).toBe(0);
    const path = join(dir, "statistics/tuyen-truyen-nam-2024.json");
    writeFileSync(
      path,
      readFileSync(path, "utf8")
        .replace(/\n  "draft": true,/, "")
        .replace(/[«»]/g, ""),
    );
    const outDir = join(fixtureSite(), "dist");
    const errors: string[] = [];
    expect(await buildSite({ contentDir: dir, outDir, log: () => {}, error: (t) => errors.push(t) })).toBe(1);
    const report = errors.join("\n");
    expect(report).toContain("statistics/tuyen-truyen-nam-2024.json");
    expect(report).toContain("còn lời dặn của tệp mẫu");
    // The figure's value is a sentence, not a 0 that would publish.
    expect(report).toMatch(/Giá trị \[figures\.0\.value\][\s\S]*?lời dặn của tệp mẫu/);
    expect(existsSync(outDir)).toBe(false);
  });
});
