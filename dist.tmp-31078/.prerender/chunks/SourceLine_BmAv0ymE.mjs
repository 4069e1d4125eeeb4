import { S as addAttribute, b as maybeRenderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/components/figures/SourceLine.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$SourceLine = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SourceLine;
	const { link } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<p class="source"><span>${t("source.label")}:</span>${" "}<a${addAttribute(link.href, "href")}>${link.title}</a>, ${link.section}.</p>`;
}, "/work/main/src/components/figures/SourceLine.astro", void 0);
export { $$SourceLine as t };
