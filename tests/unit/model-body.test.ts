import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { mdxToJs } from "satteri";
import { satteri } from "@astrojs/markdown-satteri";
import { Renderer } from "astro/runtime/server/index.js";
import { bodyCompileOptions, mdxSource, modelBodyContent } from "../../src/lib/build/model-body.ts";
import { readEntryFile } from "../../src/lib/build/content-reader.ts";
import { entryDigest } from "../../src/lib/build/astro-content-loader.ts";

// A fictional body with every construct the check lets through: headings (twice the same), <So>
// inline and alone, quotes and dashes, GFM table, task list, strikethrough, bare address, footnote,
// hard break, image and link.
const fixture = "tests/fixtures/model-body/every-construct.mdx";
const path = resolve(fixture);
const text = readFileSync(path, "utf8");

interface VNode {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}
function vnodes(node: unknown): VNode[] {
  if (Array.isArray(node)) return node.flatMap(vnodes);
  if (!node || typeof node !== "object" || !("props" in node)) return [];
  const vnode = node as VNode;
  return [vnode, ...vnodes(vnode.props.children)];
}

describe("model body", () => {
  it("compiles to the code Astro's MDX integration makes of the same file", async () => {
    // The integration's own compiler, with astro.config.mjs's markdown settings (no syntax
    // highlighting; GFM and smart punctuation on, Astro's defaults): what a `.mdx` module would be.
    const integration = await satteri().createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: pathToFileURL(resolve("src/")) },
    );
    const theirs = (await integration.process(mdxSource(text), path, {})).code;
    const ours = (mdxToJs(mdxSource(text), bodyCompileOptions(path)) as { code: string }).code;
    expect(ours).toMatch(/^export default MDXContent;$/m);
    // The integration drops that export and appends its own (front matter, headings) after the body's code.
    expect(theirs.startsWith(ours.replace(/^export default MDXContent;\s*$/m, ""))).toBe(true);
    expect(ours).toContain('id: "cách-tổ-chức-1"');
    expect(ours).toContain("“ngoặc kép”");
  });

  it("renders <So> with the component the page gives, and is tagged for Astro's JSX renderer", () => {
    const Content = modelBodyContent({ filePath: fixture }, { checkDigest: false });
    const So = () => null;
    const tree = vnodes(Content({ components: { So } }));
    expect(tree.filter((n) => n.type === So).map((n) => n.props)).toEqual([{ id: "so-lieu-hu-cau" }, { id: "so-lieu-hu-cau", link: true }]);
    expect(tree.filter((n) => n.type === "h2").map((n) => n.props["id"])).toEqual(["cách-tổ-chức", "cách-tổ-chức-1", "footnote-label"]);
    expect((Content as unknown as Record<symbol, unknown>)[Renderer]).toBe("astro:jsx");
    expect((Content as unknown as Record<symbol, unknown>)[Symbol.for("mdx-component")]).toBe(true);
  });

  it("gives the compiler the body at its own lines, without the front matter's fields", () => {
    const entry = readEntryFile("models", path);
    const source = mdxSource(text);
    expect(source.split("\n")).toHaveLength(entry.text!.split("\n").length);
    expect(
      source
        .split("\n")
        .slice(entry.bodyLine! - 1)
        .join("\n"),
    ).toBe(entry.body);
    expect(source).not.toContain("hư cấu dùng để thử");
    expect(source.startsWith("   \n")).toBe(true);
  });

  it("refuses, in a build, a file changed after the loader read it: that body was never checked", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-body-"));
    const file = join(dir, "mo-hinh-hu-cau.mdx");
    const checked = "---\nname: x\n---\n\nĐoạn đã kiểm tra.\n";
    writeFileSync(file, checked);
    try {
      const entry = { filePath: file, digest: entryDigest(file, checked) };
      expect(() => modelBodyContent(entry)).not.toThrow();
      // Saved while the build renders pages: a tag the check refuses.
      writeFileSync(file, `${checked}\n<iframe src="https://example.com/"></iframe>\n`);
      expect(() => modelBodyContent(entry)).toThrow(`${file}: tệp đã đổi trong lúc đang dựng trang`);
      // The live preview shows every save (its own check reports slips).
      expect(() => modelBodyContent(entry, { checkDigest: false })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the file, line and column when a body does not compile (one the check would refuse)", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-body-"));
    const broken = join(dir, "mo-hinh-hu-cau.mdx");
    writeFileSync(broken, "---\nname: x\n---\n\nĐoạn một.\n\nCó ghi chú <!-- HTML --> ở đây.\n");
    try {
      expect(() => modelBodyContent({ filePath: broken }, { checkDigest: false })).toThrow(`${broken}:7:12:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
