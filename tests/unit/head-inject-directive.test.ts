import { describe, expect, it } from "vitest";
import { PROPAGATED_ASSETS_ID, stripHeadInjectDirective } from "../../src/lib/build/vite-head-inject-directive.ts";

describe("stripHeadInjectDirective", () => {
  const wrapper = `\n\t\t\t\t\t"use astro:head-inject";\n\t\t\t\t\tasync function getMod() {}\n\t\t\t\t\texport default { getMod };\n\t\t\t\t`;

  it("removes the directive from Astro's wrapper and keeps the lines where they were", () => {
    const stripped = stripHeadInjectDirective(wrapper)!;
    expect(stripped).not.toContain("use astro:head-inject");
    expect(stripped).toContain("async function getMod() {}");
    expect(stripped.split("\n")).toHaveLength(wrapper.split("\n").length);
  });

  it("leaves code without the directive alone", () => {
    expect(stripHeadInjectDirective(`const a = "use astro:head-inject";`)).toBeNull();
  });

  it("matches only the wrapper module ids", () => {
    expect(PROPAGATED_ASSETS_ID.test("/site/content/models/a.mdx?astroPropagatedAssets")).toBe(true);
    expect(PROPAGATED_ASSETS_ID.test("/site/content/models/a.mdx")).toBe(false);
  });
});
