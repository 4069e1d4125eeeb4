import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$ModelCard } from "./ModelCard_DVQ4eA1v.mjs";
import { t as $$FacetLinks } from "./FacetLinks_CBnzRB72.mjs";
import { L as formatNumber, o as loadModels } from "./content_BX0i433Z.mjs";
import { n as buildFacets, r as facetPages } from "./facets_CoSLIduA.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/mo-hinh/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	const models = await loadModels();
	const facets = buildFacets(models);
	const byId = new Map(models.map((m) => [m.id, m]));
	return facetPages(models).map(({ facet, value }) => ({
		params: {
			facet: facet.name,
			value: value.key
		},
		props: {
			facet,
			value,
			facets,
			models: value.ids.map((id) => byId.get(id))
		}
	}));
});
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { facet, value, facets, models } = Astro.props;
	const title = t("models.facetPage.title", {
		facet: facet.label,
		value: value.label
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": t("models.facetPage.lead", {
			facet: facet.label,
			value: value.label
		}),
		"data-astro-cid-guz3yboo": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted" data-astro-cid-guz3yboo><a${addAttribute(paths.models(), "href")} data-astro-cid-guz3yboo>${t("models.facetPage.back")}</a></p><h1 data-astro-cid-guz3yboo>${title}</h1><p class="lead" data-astro-cid-guz3yboo>${t("models.facetPage.lead", {
		facet: facet.label,
		value: value.label
	})}</p><p data-astro-cid-guz3yboo><strong data-astro-cid-guz3yboo>${t("models.count", { count: formatNumber(models.length) })}</strong></p><ul class="model-list" data-astro-cid-guz3yboo>${models.map((m) => renderTemplate`${renderComponent($$result, "ModelCard", $$ModelCard, {
		"id": m.id,
		"data": m.data,
		"data-astro-cid-guz3yboo": true
	})}`)}</ul>${renderComponent($$result, "FacetLinks", $$FacetLinks, {
		"facets": facets,
		"current": value.href,
		"data-astro-cid-guz3yboo": true
	})}` })}`;
}, "/work/main/src/pages/mo-hinh/[facet]/[value].astro", void 0);
var $$file = "/work/main/src/pages/mo-hinh/[facet]/[value].astro";
var $$url = "/mo-hinh/[facet]/[value]/";
// \0virtual:astro:page:src/pages/mo-hinh/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
