import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$SourceLine } from "./SourceLine_BmAv0ymE.mjs";
import { H as headlineFigures, I as formatFigure, M as sourceLink, P as formatDate, R as formatPeriod, a as loadFigures, i as loadDocuments, j as documentPath, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/components/figures/FigureCard.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$FigureCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FigureCard;
	const { figure, source } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<li class="figure-card"${addAttribute(figure.id, "data-figure-id")}><span class="value">${formatFigure(figure)}</span><p class="metric">${figure.metric}</p><p class="meta">${figure.reportingBody} · ${formatPeriod(figure.period)}</p>${renderComponent($$result, "SourceLine", $$SourceLine, { "link": source })}</li>`;
}, "/work/main/src/components/figures/FigureCard.astro", void 0);
// src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const documents = await loadDocumentMap();
	const figures = headlineFigures(await loadFigures());
	const docs = await loadDocuments();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("home.title"),
		"description": t("home.lead", { directive: site.directive }),
		"data-astro-cid-lcdefpme": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1 data-astro-cid-lcdefpme>${site.name}</h1><p class="lead" data-astro-cid-lcdefpme>${t("home.lead", { directive: site.directive })}</p><h2 id="so-lieu-noi-bat" data-astro-cid-lcdefpme>${t("home.headline")}</h2><ul class="figure-grid" aria-labelledby="so-lieu-noi-bat" data-astro-cid-lcdefpme>${figures.map((figure) => renderTemplate`${renderComponent($$result, "FigureCard", $$FigureCard, {
		"figure": figure,
		"source": sourceLink(figure.source, documents),
		"data-astro-cid-lcdefpme": true
	})}`)}</ul><h2 id="chuyen-muc" data-astro-cid-lcdefpme>${t("home.explore")}</h2><ul class="explore" aria-labelledby="chuyen-muc" data-astro-cid-lcdefpme>${[
		{
			href: paths.models(),
			label: t("site.nav.models"),
			text: t("home.explore.models")
		},
		{
			href: paths.statistics(),
			label: t("site.nav.statistics"),
			text: t("home.explore.statistics")
		},
		{
			href: paths.targets(),
			label: t("site.nav.targets"),
			text: t("home.explore.targets")
		},
		{
			href: paths.commendations(),
			label: t("site.nav.commendations"),
			text: t("home.explore.commendations")
		},
		{
			href: paths.openData(),
			label: t("site.nav.data"),
			text: t("home.explore.data")
		}
	].map((item) => renderTemplate`<li data-astro-cid-lcdefpme><a${addAttribute(item.href, "href")} data-astro-cid-lcdefpme>${item.label}</a><p data-astro-cid-lcdefpme>${item.text}</p></li>`)}</ul><h2 id="van-ban-nguon" data-astro-cid-lcdefpme>${t("home.documents")}</h2><p data-astro-cid-lcdefpme>${t("home.documents.lead")}</p><ul class="doc-list" aria-labelledby="van-ban-nguon" data-astro-cid-lcdefpme>${docs.map(({ id, data }) => renderTemplate`<li data-astro-cid-lcdefpme><a${addAttribute(documentPath(id), "href")} data-astro-cid-lcdefpme>${data.shortTitle}</a><span class="muted" data-astro-cid-lcdefpme> — ${data.issuer}, ${data.dateNote ?? formatDate(data.date)}</span></li>`)}</ul>` })}`;
}, "/work/main/src/pages/index.astro", void 0);
var $$file = "/work/main/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
