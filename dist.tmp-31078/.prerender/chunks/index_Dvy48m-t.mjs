import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { L as formatNumber, P as formatDate, a as loadFigures, i as loadDocuments, j as documentPath, o as loadModels } from "./content_BX0i433Z.mjs";
import { n as modelsCiting, t as figuresCiting } from "./citations_Dw8mQ_Q5.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/van-ban/index.astro
var van_ban_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const docs = await loadDocuments();
	const models = await loadModels();
	const figures = await loadFigures();
	const citedBy = (id) => t("documents.citedBy.count", {
		models: formatNumber(modelsCiting(id, models).length),
		figures: formatNumber(figuresCiting(id, figures).length)
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("documents.title"),
		"description": t("documents.lead")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("documents.title")}</h1><p class="lead">${t("documents.lead")}</p><ul class="doc-list">${docs.map(({ id, data }) => renderTemplate`<li><h2><a${addAttribute(documentPath(id), "href")}>${data.title}</a></h2><p class="muted">${t(`document.type.${data.type}`)} · ${data.number ?? t("document.number.unknown")} · ${data.issuer} · ${data.dateNote ?? formatDate(data.date)}</p><p class="prose">${data.summary}</p><p class="muted">${citedBy(id)}</p></li>`)}</ul>` })}`;
}, "/work/main/src/pages/van-ban/index.astro", void 0);
var $$file = "/work/main/src/pages/van-ban/index.astro";
var $$url = "/van-ban/";
// \0virtual:astro:page:src/pages/van-ban/index@_@astro
var page = () => van_ban_exports;
export { page };
