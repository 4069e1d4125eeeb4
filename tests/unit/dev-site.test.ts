import { describe, expect, it } from "vitest";
import { choosePort } from "../../scripts/dev-site.ts";
import { saveLine } from "../../scripts/lib/dev-content.ts";
import { contentProblems, setContentProblems, throwIfContentBroken } from "../../src/lib/dev-content-state.ts";

describe("npm run dev", () => {
  it("says which port is busy and which one it uses instead", async () => {
    const busy = new Set([4321, 4322]);
    expect(await choosePort(4321, async (p) => busy.has(p))).toEqual({ port: 4323, notice: "Cổng 4321 đang bận (có thể một bản xem trước khác đang chạy). Dùng cổng 4323: http://localhost:4323/" });
    expect(await choosePort(4321, async () => false)).toEqual({ port: 4321 });
  });

  it("prints one short line per save", () => {
    const at = new Date(2026, 10, 30, 9, 5, 7);
    expect(saveLine(at, ["content/models/a.mdx"], 0)).toBe("09:05:07 ✓ đã lưu content/models/a.mdx: nội dung hợp lệ, trang đã cập nhật");
    expect(saveLine(at, ["content/models/a.mdx", "content/models/b.mdx"], 2)).toBe("09:05:07 ✗ đã lưu 2 tệp: nội dung có 2 lỗi (xem dưới đây và trên trình duyệt)");
  });

  it("pages fail with the check's own report, pointing at the editor's file, while content is broken", () => {
    setContentProblems({ text: "Nội dung có 1 lỗi trong 1 tệp: …", first: { file: "/x/content/models/a.mdx", line: 24, column: 7 } });
    try {
      expect(() => throwIfContentBroken()).toThrow("Nội dung có 1 lỗi trong 1 tệp: …");
      try {
        throwIfContentBroken();
      } catch (error) {
        expect((error as Error).stack).toBe("    at /x/content/models/a.mdx:24:7");
        expect((error as { loc?: unknown }).loc).toEqual({ file: "/x/content/models/a.mdx", line: 24, column: 7 });
      }
    } finally {
      setContentProblems(undefined);
    }
    expect(contentProblems()).toBeUndefined();
    expect(() => throwIfContentBroken()).not.toThrow();
  });
});
