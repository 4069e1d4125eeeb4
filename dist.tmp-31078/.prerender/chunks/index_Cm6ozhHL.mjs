import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { L as formatNumber, o as loadModels } from "./content_BX0i433Z.mjs";
import { n as buildFacets } from "./facets_CoSLIduA.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/mo-hinh/[facet]/index.astro
var _facet__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	return buildFacets(await loadModels()).filter((f) => f.values.length > 0).map((facet) => ({
		params: { facet: facet.name },
		props: { facet }
	}));
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { facet } = Astro.props;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": facet.label,
		"description": t("models.facetIndex.lead")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted"><a${addAttribute(paths.models(), "href")}>${t("models.facetPage.back")}</a></p><h1>${facet.label}</h1><p class="lead">${t("models.facetIndex.lead")}</p><ul>${facet.values.map((value) => renderTemplate`<li><a${addAttribute(value.href, "href")}>${value.label}</a>${" "}<span class="muted">(${t("models.count", { count: formatNumber(value.ids.length) })})</span></li>`)}</ul>` })}`;
}, "/work/main/src/pages/mo-hinh/[facet]/index.astro", void 0);
var $$file = "/work/main/src/pages/mo-hinh/[facet]/index.astro";
var $$url = "/mo-hinh/[facet]/";
// \0virtual:astro:page:src/pages/mo-hinh/[facet]/index@_@astro
var page = () => _facet__exports;
export { page };
