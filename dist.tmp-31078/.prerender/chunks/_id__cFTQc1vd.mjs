import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { I as formatFigure, L as formatNumber, P as formatDate, R as formatPeriod, a as loadFigures, i as loadDocuments, o as loadModels } from "./content_BX0i433Z.mjs";
import { n as modelsCiting, t as figuresCiting } from "./citations_Dw8mQ_Q5.mjs";
// src/components/documents/CitedBy.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$CitedBy = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CitedBy;
	const { documentTitle, models, figures } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section aria-labelledby="mo-hinh-trich" data-astro-cid-wnmy2yyy><h2 id="mo-hinh-trich" data-astro-cid-wnmy2yyy>${t("documents.citedBy.models")} (${formatNumber(models.length)})</h2>${models.length === 0 ? renderTemplate`<p data-astro-cid-wnmy2yyy>${t("documents.citedBy.none")}</p>` : renderTemplate`<ul class="cited-models" data-astro-cid-wnmy2yyy>${models.map((m) => renderTemplate`<li data-astro-cid-wnmy2yyy><a${addAttribute(paths.model(m.id), "href")} data-astro-cid-wnmy2yyy>${m.name}</a> <span class="muted" data-astro-cid-wnmy2yyy>— ${m.sections.join("; ")}</span></li>`)}</ul>`}</section><section aria-labelledby="so-lieu-trich" data-astro-cid-wnmy2yyy><h2 id="so-lieu-trich" data-astro-cid-wnmy2yyy>${t("documents.citedBy.figures")} (${formatNumber(figures.length)})</h2>${figures.length === 0 ? renderTemplate`<p data-astro-cid-wnmy2yyy>${t("documents.citedBy.none")}</p>` : renderTemplate`<div class="table-wrap" role="region" aria-labelledby="so-lieu-trich" tabindex="0" data-astro-cid-wnmy2yyy><table data-astro-cid-wnmy2yyy><caption data-astro-cid-wnmy2yyy>${t("documents.figures.caption", {
		count: formatNumber(figures.length),
		document: documentTitle
	})}</caption><thead data-astro-cid-wnmy2yyy><tr data-astro-cid-wnmy2yyy><th scope="col" data-astro-cid-wnmy2yyy>${t("documents.figures.metric")}</th><th scope="col" class="num" data-astro-cid-wnmy2yyy>${t("documents.figures.value")}</th><th scope="col" data-astro-cid-wnmy2yyy>${t("documents.figures.section")}</th></tr></thead><tbody data-astro-cid-wnmy2yyy>${figures.map((f) => renderTemplate`<tr${addAttribute(f.id, "data-figure-id")} data-astro-cid-wnmy2yyy><th scope="row" data-astro-cid-wnmy2yyy>${f.metric}</th><td class="num" data-astro-cid-wnmy2yyy>${formatFigure(f)}</td><td data-astro-cid-wnmy2yyy>${f.source.section}</td></tr>`)}</tbody></table></div>`}</section>`;
}, "/work/main/src/components/documents/CitedBy.astro", void 0);
// src/pages/van-ban/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	const docs = await loadDocuments();
	const models = await loadModels();
	const figures = await loadFigures();
	return docs.map(({ id, data }) => ({
		params: { id },
		props: {
			data,
			models: modelsCiting(id, models).map(({ model, sections }) => ({
				id: model.id,
				name: model.data.name,
				sections
			})),
			figures: figuresCiting(id, figures)
		}
	}));
});
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { data, models, figures } = Astro.props;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": data.shortTitle,
		"description": data.summary
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="muted">${t(`document.type.${data.type}`)}</p><h1>${data.title}</h1><dl class="facts"><dt>${t("document.field.number")}</dt><dd>${data.number ?? t("document.number.unknown")}</dd><dt>${t("document.field.issuer")}</dt><dd>${data.issuer}</dd>${data.signer && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("document.field.signer")}</dt><dd>${data.signer}</dd>` })}`}<dt>${t("document.field.province")}</dt><dd>${data.province ?? t("document.province.unknown")}</dd><dt>${t("document.field.date")}</dt><dd>${formatDate(data.date)}${data.dateNote && ` (${data.dateNote})`}</dd>${data.period && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("document.field.period")}</dt><dd>${formatPeriod(data.period)}</dd>` })}`}<dt>${t("document.field.sourceFile")}</dt><dd><code>${data.sourceFile}</code></dd></dl><h2>${t("document.summary")}</h2><p class="prose">${data.summary}</p>${data.sections.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h2>${t("document.sections")}</h2><ul class="prose">${data.sections.map((s) => renderTemplate`<li>${s}</li>`)}</ul>` })}`}${renderComponent($$result, "CitedBy", $$CitedBy, {
		"documentTitle": data.shortTitle,
		"models": models,
		"figures": figures
	})}` })}`;
}, "/work/main/src/pages/van-ban/[id].astro", void 0);
var $$file = "/work/main/src/pages/van-ban/[id].astro";
var $$url = "/van-ban/[id]/";
// \0virtual:astro:page:src/pages/van-ban/[id]@_@astro
var page = () => _id__exports;
export { page };
