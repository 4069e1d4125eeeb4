/**
 * A model's MDX body as the component its page renders, compiled while the page renders instead
 * of as a Vite module of the bundle.
 *
 * Why: as modules, the bodies went through Vite's bundler one module each (about 3 ms a body, 30 s
 * of every build at 10,000 profiles) only to be imported by the one page that shows each. Here each
 * body is compiled once, where it is shown, by the same compiler and with the same options as
 * Astro's MDX integration (@astrojs/mdx over @astrojs/markdown-satteri: GFM, smart punctuation,
 * heading ids, `jsxImportSource: "astro"`, HTML attribute names), and wrapped as that integration
 * wraps its `Content` export (vite-plugin-mdx-postprocess), so the page's HTML is the same.
 *
 * What the integration does besides, and why this module need not: images become `<Image>` only
 * for relative or allowed remote paths, which the check refuses or the site does not allow (no
 * image domains); a `layout` in front matter and `<script>`/`<style>` in a body are refused by the
 * check too (only `<So>` is allowed).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { evaluate, type EvaluateOptions } from "satteri";
import { satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import { Fragment, jsx, jsxs } from "astro/jsx-runtime";
import { Renderer } from "astro/runtime/server/index.js";
import { blankFrontMatter, normaliseText } from "./content-reader.ts";
import { entryDigest } from "./astro-content-loader.ts";

/**
 * What the MDX compiler reads of a file: the text the check read (no BOM, LF line ends, NFC) with
 * its front matter blanked as @astrojs/mdx blanks it ("empty-with-spaces": the --- fences become
 * spaces, data lines empty), so lines and columns stay those of the file.
 */
export function mdxSource(fileText: string): string {
  return blankFrontMatter(normaliseText(fileText)).replace(/^---(\n*)---/, (_, lines: string) => `   ${lines}   `);
}

/** An MDX body's component: `<Content components={{ So: FigureValue }} />`. */
export type BodyContent = (props?: { components?: Record<string, unknown> }) => unknown;

type MdxContent = (props: { components: Record<string, unknown> }) => unknown;

/**
 * The options @astrojs/mdx gives satteri's `mdxToJs` for a file at `path` (absolute), as Astro's
 * build would: the markdown config's GFM and smart punctuation (both on by default), heading ids
 * (github-slugger, like every Astro page), JSX for Astro's runtime, HTML attribute names. The plugins
 * that only act on images, `<script>`, `<style>` or client directives are left out (see above).
 */
export function bodyCompileOptions(path: string) {
  return {
    hastPlugins: [satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(path),
    jsxImportSource: "astro",
    elementAttributeNameCase: "html" as const,
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  };
}

/**
 * Compiles the body of a model entry's file (`filePath`: relative to the project root, which is
 * where `astro build` and `astro dev` run) into the component its page renders, tagged for Astro's
 * JSX renderer as @astrojs/mdx tags a compiled `.mdx` module's `Content`.
 * With `checkDigest` (a build), the file must still be the one the loader read and `npm run check`
 * checked (its `digest`, entryDigest): a page is rendered seconds to minutes after the check, and an
 * edit saved meanwhile would publish a body nobody checked, beside fields of the older version.
 * Throws `<filePath>:<line>:<column>: <compiler's message>` for a body that does not compile, and a
 * Vietnamese message for a file changed during the build.
 */
export function modelBodyContent(
  entry: { filePath?: string | undefined; digest?: string | number | undefined },
  { checkDigest = true } = {},
): BodyContent {
  const filePath = entry.filePath ?? "";
  const path = resolve(filePath);
  const text = normaliseText(readFileSync(path, "utf8"));
  if (checkDigest && entry.digest !== entryDigest(filePath, text))
    throw new Error(
      `${filePath}: tệp đã đổi trong lúc đang dựng trang, sau khi đã được kiểm tra. Chạy lại npm run build để kiểm tra và dựng bản mới.`,
    );
  let exports: ReturnType<typeof evaluate>;
  try {
    exports = evaluate(mdxSource(text), { ...bodyCompileOptions(path), Fragment, jsx, jsxs } as EvaluateOptions);
  } catch (error) {
    // The compiler's message starts with the line and column; the page being built does not say which file.
    throw new Error(`${filePath}:${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // Only asynchronous plugins make satteri answer with a promise, and these options have none.
  if (exports instanceof Promise) throw new Error(`${path}: the MDX compiler answered asynchronously`);
  const MDXContent = exports["default"] as MdxContent;
  const Content: BodyContent = (props = {}) => MDXContent({ ...props, components: { Fragment, ...props.components } });
  // What vite-plugin-mdx-postprocess adds to Content (no `layout`, so Astro renders the page's head).
  Object.assign(Content, { [Symbol.for("mdx-component")]: true, [Symbol.for("astro.needsHeadRendering")]: true, moduleId: path });
  // What __astro_tag_component__(Content, "astro:jsx") does; the runtime's types do not list that function.
  Object.defineProperty(Content, Renderer, { value: "astro:jsx", enumerable: false, writable: false });
  return Content;
}
