import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as renderScript } from "./script_D639hZJT.mjs";
import { t as $$ModelCard } from "./ModelCard_DVQ4eA1v.mjs";
import { t as $$FacetLinks } from "./FacetLinks_CBnzRB72.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { L as formatNumber, o as loadModels } from "./content_BX0i433Z.mjs";
import { a as modelFacetKeys, i as groupByDistrict, n as buildFacets } from "./facets_CoSLIduA.mjs";
// src/components/models/ModelFilter.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ModelFilter = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ModelFilter;
	const { facets, total } = Astro.props;
	const usable = facets.filter((f) => f.values.length > 0);
	return renderTemplate`${maybeRenderHead($$result)}<form class="model-filter no-print" data-model-filter hidden aria-labelledby="ket-hop-loc" data-astro-cid-yqkbb463><h2 id="ket-hop-loc" data-astro-cid-yqkbb463>${t("models.filter.title")}</h2><div class="filter-grid" data-astro-cid-yqkbb463>${usable.map((facet) => renderTemplate`<label data-astro-cid-yqkbb463><span data-astro-cid-yqkbb463>${facet.label}</span><select${addAttribute(facet.name, "name")} data-astro-cid-yqkbb463><option value="" data-astro-cid-yqkbb463>${t("models.facet.all")}</option>${facet.values.map((value) => renderTemplate`<option${addAttribute(value.key, "value")} data-astro-cid-yqkbb463>${value.label} (${formatNumber(value.ids.length)})</option>`)}</select></label>`)}</div><p class="filter-status" role="status"${addAttribute(t("models.showing", {
		shown: "{shown}",
		total: formatNumber(total)
	}), "data-template")} data-astro-cid-yqkbb463>${t("models.showing", {
		shown: formatNumber(total),
		total: formatNumber(total)
	})}</p><p class="filter-empty" data-filter-empty hidden data-astro-cid-yqkbb463>${t("models.filter.empty")}</p><button type="reset" data-astro-cid-yqkbb463>${t("models.filter.reset")}</button></form>${renderScript($$result, "/work/main/src/components/models/ModelFilter.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/models/ModelFilter.astro", void 0);
// src/pages/mo-hinh/index.astro
var mo_hinh_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const models = await loadModels();
	const facets = buildFacets(models);
	const groups = groupByDistrict(models);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("models.title"),
		"description": t("models.lead"),
		"data-astro-cid-dfmdlasr": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1 data-astro-cid-dfmdlasr>${t("models.title")}</h1><p class="lead" data-astro-cid-dfmdlasr>${t("models.lead")}</p><p data-astro-cid-dfmdlasr><strong data-astro-cid-dfmdlasr>${t("models.count", { count: formatNumber(models.length) })}</strong></p>${renderComponent($$result, "ModelFilter", $$ModelFilter, {
		"facets": facets,
		"total": models.length,
		"data-astro-cid-dfmdlasr": true
	})}<h2 data-astro-cid-dfmdlasr>${t("models.byDistrict")}</h2>${groups.map((group, index) => renderTemplate`<section data-district-group${addAttribute(`nhom-${index}`, "aria-labelledby")} data-astro-cid-dfmdlasr><h3${addAttribute(`nhom-${index}`, "id")} data-astro-cid-dfmdlasr>${group.label} <span class="muted" data-astro-cid-dfmdlasr>(${formatNumber(group.models.length)})</span></h3>${group.district === null && renderTemplate`<p class="muted" data-astro-cid-dfmdlasr>${t("models.district.unknown.note")}</p>`}<ul class="model-list" data-astro-cid-dfmdlasr>${group.models.map((m) => renderTemplate`${renderComponent($$result, "ModelCard", $$ModelCard, {
		"id": m.id,
		"data": m.data,
		"keys": modelFacetKeys(m),
		"data-astro-cid-dfmdlasr": true
	})}`)}</ul></section>`)}${renderComponent($$result, "FacetLinks", $$FacetLinks, {
		"facets": facets,
		"data-astro-cid-dfmdlasr": true
	})}` })}`;
}, "/work/main/src/pages/mo-hinh/index.astro", void 0);
var $$file = "/work/main/src/pages/mo-hinh/index.astro";
var $$url = "/mo-hinh/";
// \0virtual:astro:page:src/pages/mo-hinh/index@_@astro
var page = () => mo_hinh_exports;
export { page };
