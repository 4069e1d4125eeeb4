import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { d as renderComponent, g as renderSlot, x as renderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro, t as $$PageHead } from "./PageHead_pw7aXI_g.mjs";
import { t as $$StatChart } from "./StatChart_Dqe_xUWR.mjs";
import { n as $$SumNote, t as checkSums } from "./consistency_aR_5KRH0.mjs";
import { t as $$TallyFigure } from "./TallyFigure_DxBYQ-YI.mjs";
import { a as loadFigures, l as loadTallyFigures, t as loadCharts, x as sumNotesForGroup } from "./content_BX0i433Z.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/layouts/EmbedLayout.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$EmbedLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EmbedLayout;
	const { title, description } = Astro.props;
	return renderTemplate`<html lang="vi" data-astro-cid-uxvi7ix5><head>${renderComponent($$result, "PageHead", $$PageHead, {
		"title": title,
		"description": description,
		"data-astro-cid-uxvi7ix5": true
	})}${renderHead($$result)}</head><body data-astro-cid-uxvi7ix5><main class="container" data-astro-cid-uxvi7ix5>${renderSlot($$result, $$slots["default"])}</main></body></html>`;
}, "/work/main/src/layouts/EmbedLayout.astro", void 0);
// src/pages/nhung/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => [...(await loadCharts()).map((spec) => ({
	params: { id: spec.id },
	props: {
		spec,
		tally: void 0
	}
})), ...(await loadTallyFigures()).map((tally) => ({
	params: { id: tally.spec.id },
	props: {
		spec: tally.spec,
		tally
	}
}))]);
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { spec, tally } = Astro.props;
	const figures = tally ? [] : await loadFigures();
	const notes = tally ? [] : sumNotesForGroup(spec.id, figures, checkSums(figures));
	return renderTemplate`${renderComponent($$result, "EmbedLayout", $$EmbedLayout, {
		"title": spec.title,
		"description": t("chart.embed.description", { title: spec.title })
	}, { "default": ($$result) => renderTemplate`${tally ? renderTemplate`${renderComponent($$result, "TallyFigure", $$TallyFigure, {
		"tally": tally,
		"headingLevel": 1,
		"embedded": true
	})}` : renderTemplate`${renderComponent($$result, "StatChart", $$StatChart, {
		"spec": spec,
		"headingLevel": 1,
		"embedded": true
	}, { "default": ($$result) => renderTemplate`${notes.map(({ check, total, partValues }) => renderTemplate`${renderComponent($$result, "SumNote", $$SumNote, {
		"check": check,
		"total": total,
		"partValues": partValues
	})}`)}` })}`}` })}`;
}, "/work/main/src/pages/nhung/[id].astro", void 0);
var $$file = "/work/main/src/pages/nhung/[id].astro";
var $$url = "/nhung/[id]/";
// \0virtual:astro:page:src/pages/nhung/[id]@_@astro
var page = () => _id__exports;
export { page };
