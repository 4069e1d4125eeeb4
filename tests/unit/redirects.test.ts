import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeRedirects } from "../../scripts/lib/write-redirects.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";
import { modelRedirects, redirectsFile } from "../../src/lib/redirects.ts";
import { model } from "./helpers/models.ts";

describe("modelRedirects", () => {
  it("turns every alias into a redirect to the current profile, sorted by old URL", () => {
    const models = [
      model("truong-hoc-an-toan-thpt-ngo-sy-lien", { aliases: ["thpt-ngo-sy-lien", "ngo-sy-lien", "ngo-sy-lien"] }),
      model("doi-cong-nhan-xung-kich-siflex-viet-nam", { aliases: ["siflex"] }),
      model("benh-vien-an-toan-benh-vien-san-nhi-bac-giang"),
    ];
    expect(modelRedirects(models)).toEqual([
      { alias: "ngo-sy-lien", target: "truong-hoc-an-toan-thpt-ngo-sy-lien", from: "/mo-hinh/ngo-sy-lien/", to: "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/" },
      { alias: "siflex", target: "doi-cong-nhan-xung-kich-siflex-viet-nam", from: "/mo-hinh/siflex/", to: "/mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/" },
      { alias: "thpt-ngo-sy-lien", target: "truong-hoc-an-toan-thpt-ngo-sy-lien", from: "/mo-hinh/thpt-ngo-sy-lien/", to: "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/" },
    ]);
  });
});

describe("redirectsFile", () => {
  it("writes 301 lines with and without the trailing slash", () => {
    const file = redirectsFile(modelRedirects([model("doi-cong-nhan-xung-kich-siflex-viet-nam", { aliases: ["siflex"] })]));
    expect(file).toBe("/mo-hinh/siflex/ /mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/ 301\n/mo-hinh/siflex /mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/ 301\n");
  });

  it("is empty when no model has an alias", () => {
    expect(redirectsFile(modelRedirects([model("truong-hoc-an-toan-thpt-ngo-sy-lien")]))).toBe("");
  });
});

describe("the post-build step", () => {
  it("writes _redirects from the aliases in the content folder", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "antq-redirects-"));
    const logs: string[] = [];
    const ok = await writeRedirects.run({ outDir, contentDir: fixtureSite("showcase"), log: (t) => logs.push(t), error: (t) => logs.push(t) });
    expect(ok).toBe(true);
    const lines = readFileSync(join(outDir, "_redirects"), "utf8").trim().split("\n");
    expect(lines).toContain("/mo-hinh/truong-hu-cau-so-1/ /mo-hinh/truong-hoc-an-toan-truong-hu-cau-so-1/ 301");
    expect(lines).toHaveLength(4);
    expect(logs.join("\n")).toMatch(/2 địa chỉ cũ/);
  });
});
