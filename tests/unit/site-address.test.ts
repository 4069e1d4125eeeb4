import { describe, expect, test } from "vitest";
import { checkSiteAddress, isProductionBuild, PLACEHOLDER_SITE_URL, reportSiteAddress } from "../../src/lib/build/site-address.ts";

describe("checkSiteAddress", () => {
  test.each([
    { name: "CI=true", ci: "true", argv: [] },
    { name: "CI=1", ci: "1", argv: [] },
    { name: "--production", ci: undefined, argv: ["--production"] },
  ])("a production build ($name) without SITE_URL stops with a Vietnamese message naming the fix", ({ ci, argv }) => {
    const verdict = checkSiteAddress({ siteUrl: undefined, ci, argv });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.message).toContain("Chưa đặt địa chỉ trang (biến môi trường SITE_URL)");
      expect(verdict.message).toContain("SITE_URL=https://");
    }
  });

  test("a production build with SITE_URL set to the placeholder host is refused too", () => {
    expect(checkSiteAddress({ siteUrl: `${PLACEHOLDER_SITE_URL}/`, ci: "true", argv: [] }).ok).toBe(false);
  });

  test("a local build without SITE_URL uses the placeholder and says so in one line", () => {
    const verdict = checkSiteAddress({ siteUrl: "", ci: undefined, argv: [] });
    expect(verdict).toMatchObject({ ok: true, baseUrl: PLACEHOLDER_SITE_URL });
    if (verdict.ok) {
      expect(verdict.note).toContain(PLACEHOLDER_SITE_URL);
      expect(verdict.note).not.toContain("\n");
    }
  });

  test("a production build with a real address passes without a note, trailing slash dropped", () => {
    expect(checkSiteAddress({ siteUrl: "https://antq.bacgiang.gov.vn/", ci: "true", argv: [] })).toEqual({
      ok: true,
      baseUrl: "https://antq.bacgiang.gov.vn",
    });
  });

  test.each(["antq.bacgiang.gov.vn", "ftp://antq.vn"])("SITE_URL %s that is not an http(s) address is refused", (siteUrl) => {
    expect(checkSiteAddress({ siteUrl, ci: undefined, argv: [] }).ok).toBe(false);
  });

  test("CI=false is not a production build", () => {
    expect(isProductionBuild({ ci: "false", argv: [] })).toBe(false);
  });
});

describe("reportSiteAddress", () => {
  test("prints the note on a local build and the message on a refused one", () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(
      reportSiteAddress(
        {},
        [],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(true);
    expect(out).toHaveLength(1);
    expect(
      reportSiteAddress(
        { CI: "true" },
        [],
        (l) => out.push(l),
        (l) => err.push(l),
      ),
    ).toBe(false);
    expect(err).toHaveLength(1);
  });
});
