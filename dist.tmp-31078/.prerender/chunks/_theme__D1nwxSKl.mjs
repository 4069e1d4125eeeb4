import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$ChartList } from "./ChartList_BEQGRGVz.mjs";
import { t as $$PageFacts } from "./PageFacts_D6CzLzTJ.mjs";
import { _ as groupsOfTheme, a as loadFigures, b as statisticThemes, c as loadStatisticGroups, t as loadCharts, v as lastChanged, y as spanOf } from "./content_BX0i433Z.mjs";
import { t as checkSums } from "./consistency_aR_5KRH0.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/so-lieu/[theme].astro
var _theme__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Theme,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://antq-cqdnnt.bacgiang.example");
var getStaticPaths = (async () => {
	const groups = await loadStatisticGroups();
	return statisticThemes(groups).map((theme) => ({
		params: { theme },
		props: { theme }
	}));
});
var $$Theme = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Theme;
	const { theme } = Astro.props;
	const groups = groupsOfTheme(await loadStatisticGroups(), theme);
	const ids = new Set(groups.map((g) => g.id));
	const charts = (await loadCharts()).filter((c) => ids.has(c.id));
	const figures = await loadFigures();
	const title = t(`theme.${theme}`);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": t("stats.theme.description", { theme: title })
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="no-print"><a${addAttribute(paths.statistics(), "href")}>${t("stats.back")}</a></p><h1>${title}</h1>${renderComponent($$result, "PageFacts", $$PageFacts, {
		"period": spanOf(groups.map((g) => g.data.period)),
		"updated": lastChanged(groups.map((g) => g.data.updated))
	})}${renderComponent($$result, "ChartList", $$ChartList, {
		"charts": charts,
		"figures": figures,
		"checks": checkSums(figures)
	})}` })}`;
}, "/work/main/src/pages/so-lieu/[theme].astro", void 0);
var $$file = "/work/main/src/pages/so-lieu/[theme].astro";
var $$url = "/so-lieu/[theme]/";
// \0virtual:astro:page:src/pages/so-lieu/[theme]@_@astro
var page = () => _theme__exports;
export { page };
