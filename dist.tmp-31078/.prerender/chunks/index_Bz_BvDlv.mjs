import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as renderScript } from "./script_D639hZJT.mjs";
import { a as vi, i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/lib/search-query.ts
/** Content types readers filter by; the order is the order of the facet. */
var SEARCH_TYPES = [
	"mo-hinh",
	"so-lieu",
	"muc-tieu",
	"khen-thuong",
	"van-ban"
];
// src/components/search/BrowseLinks.astro
var $$BrowseLinks = createComponent(($$result, $$props, $$slots) => {
	const links = [
		{
			href: paths.models(),
			label: t("search.browse.models")
		},
		{
			href: paths.statistics(),
			label: t("search.browse.statistics")
		},
		{
			href: paths.documents(),
			label: t("search.browse.documents")
		}
	];
	return renderTemplate`${maybeRenderHead($$result)}<ul>${links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")}>${link.label}</a></li>`)}</ul>`;
}, "/work/main/src/components/search/BrowseLinks.astro", void 0);
// src/components/search/SearchApp.astro
var $$SearchApp = createComponent(($$result, $$props, $$slots) => {
	const clientKeys = Object.keys(vi).filter((key) => key.startsWith("search."));
	const messages = JSON.stringify(Object.fromEntries(clientKeys.map((key) => [key, vi[key]])));
	const typeLabels = JSON.stringify(SEARCH_TYPES.map((type) => t(`search.type.${type}`)));
	return renderTemplate`${maybeRenderHead($$result)}<div class="search" data-search${addAttribute(messages, "data-messages")}${addAttribute(typeLabels, "data-type-labels")} data-astro-cid-oevnpuft><form class="search-form" role="search"${addAttribute(paths.search(), "action")} method="get"${addAttribute(t("search.title"), "aria-label")} data-search-form data-astro-cid-oevnpuft><label for="tim-kiem-q" data-astro-cid-oevnpuft>${t("search.field.label")}</label><p id="tim-kiem-goi-y" class="hint" data-astro-cid-oevnpuft>${t("search.field.hint")}</p><div class="query-row" data-astro-cid-oevnpuft><input id="tim-kiem-q" name="q" type="search" aria-describedby="tim-kiem-goi-y" enterkeyhint="search" autocomplete="off" spellcheck="false" data-astro-cid-oevnpuft><button type="submit" data-astro-cid-oevnpuft>${t("search.submit")}</button></div><div class="layout" data-astro-cid-oevnpuft><section class="facets" aria-labelledby="tim-kiem-loc" data-search-ui hidden data-astro-cid-oevnpuft><details data-search-panel data-astro-cid-oevnpuft><summary id="tim-kiem-loc" data-astro-cid-oevnpuft>${t("search.filters")}</summary><div data-search-facets data-astro-cid-oevnpuft></div><button type="button" class="secondary" data-search-clear data-astro-cid-oevnpuft>${t("search.filters.clear")}</button></details></section><section class="results" aria-labelledby="tim-kiem-ket-qua" data-astro-cid-oevnpuft><h2 id="tim-kiem-ket-qua" data-astro-cid-oevnpuft>${t("search.results")}</h2><div class="notice" data-search-nojs data-astro-cid-oevnpuft><p data-astro-cid-oevnpuft>${t("search.nojs")}</p>${renderComponent($$result, "BrowseLinks", $$BrowseLinks, { "data-astro-cid-oevnpuft": true })}</div><p role="status" class="status" data-search-status data-astro-cid-oevnpuft></p><div class="notice" data-search-none hidden data-astro-cid-oevnpuft><p data-astro-cid-oevnpuft>${t("search.none.tips")}</p>${renderComponent($$result, "BrowseLinks", $$BrowseLinks, { "data-astro-cid-oevnpuft": true })}</div><ol class="result-list" data-search-results data-astro-cid-oevnpuft></ol><p class="muted" data-search-shown hidden data-astro-cid-oevnpuft></p><button type="button" class="secondary" data-search-more hidden data-astro-cid-oevnpuft>${t("search.more")}</button></section></div></form></div>${renderScript($$result, "/work/main/src/components/search/SearchApp.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/search/SearchApp.astro", void 0);
// src/pages/tim-kiem/index.astro
var tim_kiem_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("search.title"),
		"description": t("search.description")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("search.title")}</h1>${renderComponent($$result, "SearchApp", $$SearchApp, {})}` })}`;
}, "/work/main/src/pages/tim-kiem/index.astro", void 0);
var $$file = "/work/main/src/pages/tim-kiem/index.astro";
var $$url = "/tim-kiem/";
// \0virtual:astro:page:src/pages/tim-kiem/index@_@astro
var page = () => tim_kiem_exports;
export { page };
