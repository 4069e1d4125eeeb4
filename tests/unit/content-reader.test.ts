/** The reader's JSON messages (src/lib/build/content-reader.ts): each slip named as the editor made it. */
import { describe, expect, it } from "vitest";
import { blankFrontMatter, parseJson, parseMdx } from "../../src/lib/build/content-reader.ts";

describe("parseJson", () => {
  it("names a doubled comma at the second comma", () => {
    expect(parseJson('{"a": ["x",, "y"]}').problem).toMatchObject({
      message: expect.stringContaining("hai dấu phẩy liền nhau"),
      line: 1,
      column: 12,
    });
  });

  it("does not call a trailing comma a doubled comma because a list of quoted values came before it", () => {
    const { problem } = parseJson('{"a": ["x", "y", "z"],}');
    expect(problem).toBeDefined();
    expect(problem!.message).not.toContain("hai dấu phẩy liền nhau");
  });
});

describe("blankFrontMatter", () => {
  const text = '---\nname: "Tổ tự quản"\nhosts:\n  - name: "Trường THPT"\n---\n\nĐoạn một.\n\n<So id="x" />\n';

  it("keeps the body at the same lines, so an MDX slip is still reported where the editor sees it", () => {
    const blanked = blankFrontMatter(text);
    expect(blanked.split("\n")).toHaveLength(text.split("\n").length);
    expect(parseMdx(blanked).body).toBe(parseMdx(text).body);
    expect(blanked.split("\n").slice(5)).toEqual(text.split("\n").slice(5));
  });

  it("leaves no data for the compiler to copy into the page module", () => {
    const blanked = blankFrontMatter(text);
    expect(blanked).not.toContain("Tổ tự quản");
    expect(parseMdx(blanked).data ?? null).toBeNull();
    expect(blanked.startsWith("---\n\n\n\n---\n")).toBe(true);
  });

  it("returns a file without front matter unchanged (the check reports it)", () => {
    expect(blankFrontMatter("Chỉ có nội dung.\n")).toBe("Chỉ có nội dung.\n");
  });
});
