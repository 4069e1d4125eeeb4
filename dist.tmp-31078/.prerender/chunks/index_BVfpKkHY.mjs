import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { A as unescapeHTML, S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { L as formatNumber, N as formatBytes, s as loadOpenDataSources } from "./content_BX0i433Z.mjs";
import { n as dataCatalogJsonLd, r as downloadSizes, t as buildDatasets } from "./open-data_D3ttRQ1I.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
// src/components/open-data/DatasetCard.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$DatasetCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DatasetCard;
	const { dataset, sizes } = Astro.props;
	const title = t(dataset.title);
	const headingId = `bo-du-lieu-${dataset.id}`;
	return renderTemplate`${maybeRenderHead($$result)}<section class="dataset"${addAttribute(headingId, "aria-labelledby")} data-astro-cid-ohteqjsk><h2${addAttribute(headingId, "id")} data-astro-cid-ohteqjsk>${title}</h2><p data-astro-cid-ohteqjsk>${t(dataset.description)} <span class="muted" data-astro-cid-ohteqjsk>(${t("data.rows", { count: formatNumber(dataset.rows.length) })})</span></p><ul class="downloads" data-astro-cid-ohteqjsk><li data-astro-cid-ohteqjsk><a${addAttribute(paths.dataset(dataset.id, "csv"), "href")} download${addAttribute(t("data.download.label", {
		action: t("data.download.csv"),
		title,
		size: formatBytes(sizes.csv)
	}), "aria-label")} data-astro-cid-ohteqjsk>${t("data.download.csv")}</a>${" "}<span class="muted" data-astro-cid-ohteqjsk>${formatBytes(sizes.csv)}</span></li><li data-astro-cid-ohteqjsk><a${addAttribute(paths.dataset(dataset.id, "json"), "href")} download${addAttribute(t("data.download.label", {
		action: t("data.download.json"),
		title,
		size: formatBytes(sizes.json)
	}), "aria-label")} data-astro-cid-ohteqjsk>${t("data.download.json")}</a>${" "}<span class="muted" data-astro-cid-ohteqjsk>${formatBytes(sizes.json)}</span></li></ul><details data-astro-cid-ohteqjsk><summary data-astro-cid-ohteqjsk>${t("data.columns.toggle", { count: formatNumber(dataset.columns.length) })}</summary><div class="table-scroll" tabindex="0" role="region"${addAttribute(t("data.columns", { title }), "aria-label")} data-astro-cid-ohteqjsk><table data-astro-cid-ohteqjsk><caption data-astro-cid-ohteqjsk>${t("data.columns", { title })}</caption><thead data-astro-cid-ohteqjsk><tr data-astro-cid-ohteqjsk><th scope="col" data-astro-cid-ohteqjsk>${t("data.column.name")}</th><th scope="col" data-astro-cid-ohteqjsk>${t("data.column.description")}</th></tr></thead><tbody data-astro-cid-ohteqjsk>${dataset.columns.map((column) => renderTemplate`<tr data-astro-cid-ohteqjsk><th scope="row" data-astro-cid-ohteqjsk><code data-astro-cid-ohteqjsk>${column.name}</code></th><td data-astro-cid-ohteqjsk>${t(column.description)}</td></tr>`)}</tbody></table></div></details></section>`;
}, "/work/main/src/components/open-data/DatasetCard.astro", void 0);
// src/pages/du-lieu/index.astro
var du_lieu_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const datasets = buildDatasets(await loadOpenDataSources(), site.baseUrl);
	const describe = (key) => t(key);
	const jsonLd = dataCatalogJsonLd(datasets, describe, {
		name: t("data.title"),
		description: t("data.lead"),
		baseUrl: site.baseUrl,
		publisher: site.publisher
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("data.title"),
		"description": t("data.lead")
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("data.title")}</h1><p class="lead">${t("data.lead")}</p><h2>${t("data.formats")}</h2><p class="prose">${t("data.formats.body")}</p><p class="prose">${t("data.license")}</p>${datasets.map((dataset) => renderTemplate`${renderComponent($$result, "DatasetCard", $$DatasetCard, {
			"dataset": dataset,
			"sizes": downloadSizes(dataset, describe, site.baseUrl)
		})}`)}<p><a${addAttribute(paths.feed(), "href")}>${t("site.footer.feed")}</a> · <a${addAttribute(paths.sitemap(), "href")}>${t("site.footer.sitemap")}</a></p>`,
		"head": ($$result) => renderTemplate`<script type="application/ld+json">${unescapeHTML(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}<\/script>`
	})}`;
}, "/work/main/src/pages/du-lieu/index.astro", void 0);
var $$file = "/work/main/src/pages/du-lieu/index.astro";
var $$url = "/du-lieu/";
// \0virtual:astro:page:src/pages/du-lieu/index@_@astro
var page = () => du_lieu_exports;
export { page };
