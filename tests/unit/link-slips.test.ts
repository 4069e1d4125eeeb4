/** Links in a model's text that would publish a dead link (scripts/lib/site-addresses.ts linkSlip). */
import { describe, expect, it } from "vitest";
import { linkSlip } from "../../scripts/lib/site-addresses.ts";

const KNOWN = new Set(["/", "/mo-hinh/truong-hoc/", "/so-lieu/mo-hinh/", "/van-ban/bao-cao/", "/tai-ve/so-lieu.csv"]);
const slip = (url: string) =>
  linkSlip(
    url,
    () => KNOWN,
    (path) => path === "/images/anh.jpg",
  );

describe("linkSlip", () => {
  it("lets through links that work: https, mailto, tel, #fragments, known pages with a query or fragment, files", () => {
    for (const url of [
      "https://example.com/x",
      "http://example.com",
      "mailto:a@b.vn",
      "tel:0204",
      "#muc-1",
      "/so-lieu/mo-hinh/#bang",
      "/tai-ve/so-lieu.csv",
      "/images/anh.jpg",
    ])
      expect(slip(url), url).toBeUndefined();
  });

  it("points a relative link (file name of content/) at the page it meant", () => {
    expect(slip("truong-hoc.mdx")?.expected).toContain("có phải ý bạn là /mo-hinh/truong-hoc/?");
    expect(slip("content/models/truong-hoc.mdx")?.expected).toContain("/mo-hinh/truong-hoc/");
    expect(slip("www.example.com")?.expected).toContain("https://www.example.com");
  });

  it("refuses a mistyped scheme and writes the https:// address", () => {
    expect(slip("htps://example.com/bai")).toMatchObject({
      found: expect.stringContaining("“htps:”"),
      expected: expect.stringContaining("https://example.com/bai"),
    });
  });

  it("asks for the final / of an internal page (trailingSlash always), keeping the fragment", () => {
    expect(slip("/so-lieu/mo-hinh")?.expected).toContain("viết /so-lieu/mo-hinh/");
    expect(slip("/so-lieu/mo-hinh#bang")?.expected).toContain("viết /so-lieu/mo-hinh/#bang");
  });

  it("suggests the nearest page for an address the site will not have", () => {
    expect(slip("/mo-hinh/truong-hok/")?.expected).toContain("có phải ý bạn là /mo-hinh/truong-hoc/?");
  });
});
