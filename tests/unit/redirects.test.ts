import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeRedirects } from "../../scripts/lib/write-redirects.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";
import { modelRedirects, redirectsFile, redirectsOf } from "../../src/lib/models/model-redirects.ts";
import { model } from "./helpers/models.ts";
import { modelCardFiles } from "../../src/lib/models/model-share-cards.ts";

describe("modelRedirects", () => {
  it("keeps every address of every alias: the profile by redirect, the share image by copy, sorted by old address", () => {
    const models = [
      model("truong-hoc-an-toan-thpt-ngo-sy-lien", { aliases: ["thpt-ngo-sy-lien", "ngo-sy-lien", "ngo-sy-lien"] }),
      model("doi-cong-nhan-xung-kich-siflex-viet-nam", { aliases: ["siflex"] }),
      model("benh-vien-an-toan-benh-vien-san-nhi-bac-giang"),
    ];
    const ngoSyLien = { alias: "ngo-sy-lien", target: "truong-hoc-an-toan-thpt-ngo-sy-lien" };
    const siflex = { alias: "siflex", target: "doi-cong-nhan-xung-kich-siflex-viet-nam" };
    const thpt = { alias: "thpt-ngo-sy-lien", target: "truong-hoc-an-toan-thpt-ngo-sy-lien" };
    expect(modelRedirects(models)).toEqual([
      {
        ...ngoSyLien,
        address: "profile",
        keep: "redirect",
        from: "/mo-hinh/ngo-sy-lien/",
        to: "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/",
      },
      {
        ...siflex,
        address: "profile",
        keep: "redirect",
        from: "/mo-hinh/siflex/",
        to: "/mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/",
      },
      {
        ...thpt,
        address: "profile",
        keep: "redirect",
        from: "/mo-hinh/thpt-ngo-sy-lien/",
        to: "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/",
      },
      {
        ...ngoSyLien,
        address: "ogImage",
        keep: "copy",
        from: "/og/mo-hinh/ngo-sy-lien.png",
        to: "/og/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien.png",
      },
      {
        ...siflex,
        address: "ogImage",
        keep: "copy",
        from: "/og/mo-hinh/siflex.png",
        to: "/og/mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam.png",
      },
      {
        ...thpt,
        address: "ogImage",
        keep: "copy",
        from: "/og/mo-hinh/thpt-ngo-sy-lien.png",
        to: "/og/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien.png",
      },
    ]);
  });

  it("gives each route only its own kind of address", () => {
    const redirects = modelRedirects([model("doi-cong-nhan-xung-kich-siflex-viet-nam", { aliases: ["siflex"] })]);
    expect(redirectsOf(redirects, "profile").map((r) => r.from)).toEqual(["/mo-hinh/siflex/"]);
    expect(redirectsOf(redirects, "ogImage").map((r) => r.from)).toEqual(["/og/mo-hinh/siflex.png"]);
  });
});

describe("redirectsFile", () => {
  it("writes 301 lines with and without the trailing slash for pages, none for copied files", () => {
    const file = redirectsFile(modelRedirects([model("doi-cong-nhan-xung-kich-siflex-viet-nam", { aliases: ["siflex"] })]));
    expect(file).toBe(
      "/mo-hinh/siflex/ /mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/ 301\n/mo-hinh/siflex /mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/ 301\n",
    );
  });

  it("is empty when no model has an alias", () => {
    expect(redirectsFile(modelRedirects([model("truong-hoc-an-toan-thpt-ngo-sy-lien")]))).toBe("");
  });
});

describe("the post-build step", () => {
  it("writes _redirects from the aliases in the content folder", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "antq-redirects-"));
    const logs: string[] = [];
    const ok = await writeRedirects.run({
      outDir,
      contentDir: fixtureSite("showcase"),
      log: (t) => logs.push(t),
      error: (t) => logs.push(t),
    });
    expect(ok).toBe(true);
    const lines = readFileSync(join(outDir, "_redirects"), "utf8").trim().split("\n");
    expect(lines).toContain("/mo-hinh/truong-hu-cau-so-1/ /mo-hinh/truong-hoc-an-toan-truong-hu-cau-so-1/ 301");
    expect(lines).toHaveLength(4);
    expect(logs.join("\n")).toMatch(/2 địa chỉ cũ được chuyển hướng, 2 tệp cũ được giữ bằng bản sao/);
  });
});

describe("modelCardFiles", () => {
  it("gives each model its card and each former id a copy showing the current model", () => {
    const models = [
      model("truong-hoc-an-toan-thpt-ngo-sy-lien", { aliases: ["thpt-ngo-sy-lien"] }),
      model("benh-vien-an-toan-benh-vien-san-nhi-bac-giang"),
    ];
    const files = modelCardFiles(models);
    expect(files.map((f) => f.path)).toEqual([
      "/og/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien.png",
      "/og/mo-hinh/benh-vien-an-toan-benh-vien-san-nhi-bac-giang.png",
      "/og/mo-hinh/thpt-ngo-sy-lien.png",
    ]);
    expect(files[2]!.id).toBe("thpt-ngo-sy-lien");
    expect(files[2]!.input).toEqual(files[0]!.input);
    expect(files[0]!.input.name).toBe(models[0]!.data.name);
  });
});
