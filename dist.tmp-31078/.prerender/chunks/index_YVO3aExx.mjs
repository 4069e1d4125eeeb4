import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$TallyFigure } from "./TallyFigure_DxBYQ-YI.mjs";
import { L as formatNumber, P as formatDate, h as arrangeCommendations, l as loadTallyFigures, n as loadCommendations, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/khen-thuong/index.astro
var khen_thuong_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const entries = await loadCommendations();
	const documents = await loadDocumentMap();
	const tallyFigures = await loadTallyFigures();
	const { awards, awardList, lists } = arrangeCommendations(entries);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("commendations.title"),
		"description": t("commendations.lead"),
		"data-astro-cid-jesyho7v": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1 data-astro-cid-jesyho7v>${t("commendations.title")}</h1><p class="lead" data-astro-cid-jesyho7v>${t("commendations.lead")}</p><p data-astro-cid-jesyho7v><a${addAttribute(paths.commendationRules(), "href")} data-astro-cid-jesyho7v>${t("commendations.rulesLink")}</a></p>${tallyFigures.map((tally) => renderTemplate`${renderComponent($$result, "TallyFigure", $$TallyFigure, {
		"tally": tally,
		"data-astro-cid-jesyho7v": true
	})}`)}${awards.size > 0 && renderTemplate`<section aria-labelledby="hinh-thuc" data-astro-cid-jesyho7v><h2 id="hinh-thuc" data-astro-cid-jesyho7v>${t("commendations.awards")}</h2><p data-astro-cid-jesyho7v>${t("commendations.awards.lead")}</p><ul class="awards" data-astro-cid-jesyho7v>${awardList.map(({ id, data }) => renderTemplate`<li${addAttribute(id, "data-award")} data-astro-cid-jesyho7v><strong data-astro-cid-jesyho7v>${data.title}</strong>${" "}— ${data.authority}${" "}<span class="muted" data-astro-cid-jesyho7v>(${t(`award.form.${data.form}`)}; ${t("commendations.source").toLowerCase()}: <a${addAttribute(paths.document(data.source.document), "href")} data-astro-cid-jesyho7v>${documents.get(data.source.document)?.shortTitle}</a>, ${data.source.section})</span></li>`)}</ul></section>`}${lists.length > 0 && renderTemplate`<section aria-labelledby="danh-sach" data-astro-cid-jesyho7v><h2 id="danh-sach" data-astro-cid-jesyho7v>${t("commendations.lists")}</h2><ul class="doc-list" data-astro-cid-jesyho7v>${lists.map(({ id, data }) => renderTemplate`<li data-astro-cid-jesyho7v><a${addAttribute(paths.recipientList(id), "href")} data-astro-cid-jesyho7v>${data.title}</a><p class="muted" data-astro-cid-jesyho7v>${t("commendations.lists.item", {
		title: awards.get(data.award)?.title ?? data.award,
		decision: data.decision,
		date: formatDate(data.decisionDate),
		count: formatNumber(data.rows.length)
	})}</p></li>`)}</ul></section>`}` })}`;
}, "/work/main/src/pages/khen-thuong/index.astro", void 0);
var $$file = "/work/main/src/pages/khen-thuong/index.astro";
var $$url = "/khen-thuong/";
// \0virtual:astro:page:src/pages/khen-thuong/index@_@astro
var page = () => khen_thuong_exports;
export { page };
