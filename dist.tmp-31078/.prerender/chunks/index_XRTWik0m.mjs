import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import "./PageHead_pw7aXI_g.mjs";
import { t as $$BaseLayout } from "./BaseLayout_DsKRAvPT.mjs";
import { t as $$FigureValue } from "./FigureValue_BDsVeOP2.mjs";
import { t as $$SourceLine } from "./SourceLine_BmAv0ymE.mjs";
import { t as $$PageFacts } from "./PageFacts_D6CzLzTJ.mjs";
import { H as headlineFigures, M as sourceLink, P as formatDate, R as formatPeriod, S as themeHome, _ as groupsOfTheme, a as loadFigures, b as statisticThemes, c as loadStatisticGroups, r as loadDocumentMap, v as lastChanged, y as spanOf } from "./content_BX0i433Z.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
// src/pages/so-lieu/index.astro
var so_lieu_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const groups = await loadStatisticGroups();
	const documents = await loadDocumentMap();
	const headlines = headlineFigures(await loadFigures());
	const themes = statisticThemes(groups).map((theme) => {
		const own = groupsOfTheme(groups, theme);
		return {
			theme,
			count: own.length,
			period: spanOf(own.map((g) => g.data.period)),
			updated: lastChanged(own.map((g) => g.data.updated))
		};
	});
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("stats.title"),
		"description": t("stats.description"),
		"data-astro-cid-zzvqjxwj": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1 data-astro-cid-zzvqjxwj>${t("stats.title")}</h1><p class="lead" data-astro-cid-zzvqjxwj>${t("stats.lead")}</p>${renderComponent($$result, "PageFacts", $$PageFacts, {
		"period": spanOf(groups.map((g) => g.data.period)),
		"updated": lastChanged(groups.map((g) => g.data.updated)),
		"data-astro-cid-zzvqjxwj": true
	})}${headlines.length > 0 && renderTemplate`<section aria-labelledby="noi-bat" data-astro-cid-zzvqjxwj><h2 id="noi-bat" data-astro-cid-zzvqjxwj>${t("stats.headline")}</h2><p class="prose" data-astro-cid-zzvqjxwj>${t("stats.headline.lead")}</p><ul class="prose headline-list" data-astro-cid-zzvqjxwj>${headlines.map((f) => renderTemplate`<li${addAttribute(f.id, "data-figure-id")} data-astro-cid-zzvqjxwj>${renderComponent($$result, "FigureValue", $$FigureValue, {
		"id": f.id,
		"link": true,
		"data-astro-cid-zzvqjxwj": true
	})}${" "}— ${f.metric}.<span class="muted" data-astro-cid-zzvqjxwj>${f.reportingBody} · ${formatPeriod(f.period)}.</span>${renderComponent($$result, "SourceLine", $$SourceLine, {
		"link": sourceLink(f.source, documents),
		"data-astro-cid-zzvqjxwj": true
	})}</li>`)}</ul></section>`}<h2 id="chu-de" data-astro-cid-zzvqjxwj>${t("stats.themes")}</h2><ul class="doc-list" aria-labelledby="chu-de" data-astro-cid-zzvqjxwj>${themes.map((item) => renderTemplate`<li data-astro-cid-zzvqjxwj><a${addAttribute(paths.theme(item.theme), "href")} data-astro-cid-zzvqjxwj>${t(`theme.${item.theme}`)}</a><span class="muted" data-astro-cid-zzvqjxwj>${" "}— ${t("stats.theme.groups", { count: item.count })}${item.period && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`; ${formatPeriod(item.period)}` })}`}${item.updated && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`; ${t("stats.updated").toLowerCase()} ${formatDate(item.updated)}` })}`}</span></li>`)}${groups.some((g) => g.data.theme === "kinh-phi") && renderTemplate`<li data-astro-cid-zzvqjxwj><a${addAttribute(themeHome("kinh-phi"), "href")} data-astro-cid-zzvqjxwj>${t("theme.kinh-phi")}</a> <span class="muted" data-astro-cid-zzvqjxwj>— ${t("targets.title")}</span></li>`}</ul>` })}`;
}, "/work/main/src/pages/so-lieu/index.astro", void 0);
var $$file = "/work/main/src/pages/so-lieu/index.astro";
var $$url = "/so-lieu/";
// \0virtual:astro:page:src/pages/so-lieu/index@_@astro
var page = () => so_lieu_exports;
export { page };
