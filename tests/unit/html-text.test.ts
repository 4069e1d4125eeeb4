import { describe, expect, it } from "vitest";
import { decodeEntities, escapeHtml, jsonLdText } from "../../src/lib/site/html-text.ts";

describe("escapeHtml, the one escaper for HTML and XML", () => {
  it.each([
    ["Trường THPT Ngô Sỹ Liên & Công an phường", "Trường THPT Ngô Sỹ Liên &amp; Công an phường"],
    ['Mô hình "Cổng trường an toàn" <3 năm>', "Mô hình &quot;Cổng trường an toàn&quot; &lt;3 năm&gt;"],
    ["Đội 'xung kích'", "Đội &#39;xung kích&#39;"],
    ["Đội công nhân xung kích", "Đội công nhân xung kích"],
  ])("%s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(decodeEntities(escapeHtml(input))).toBe(input);
  });
});

describe("jsonLdText", () => {
  it("keeps a script end tag inside the data from closing the element, and reads back unchanged", () => {
    const value = { description: "</script><b>hư cấu</b>" };
    expect(jsonLdText(value)).not.toContain("<");
    expect(JSON.parse(jsonLdText(value))).toEqual(value);
  });
});
