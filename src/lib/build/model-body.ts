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
 * Compiles the body of the model file at `filePath` (an entry's `filePath`: relative to the project
 * root, which is where `astro build` and `astro dev` run) into the component its page renders, tagged
 * for Astro's JSX renderer as @astrojs/mdx tags a compiled `.mdx` module's `Content`.
 * Throws `<filePath>:<line>:<column>: <compiler's message>` for a body that `npm run check` would refuse.
 */
export function modelBodyContent(filePath: string): BodyContent {
  const path = resolve(filePath);
  let exports: ReturnType<typeof evaluate>;
  try {
    exports = evaluate(mdxSource(readFileSync(path, "utf8")), { ...bodyCompileOptions(path), Fragment, jsx, jsxs } as EvaluateOptions);
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
