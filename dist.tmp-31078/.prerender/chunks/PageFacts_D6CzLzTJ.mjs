import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { P as formatDate, R as formatPeriod } from "./content_BX0i433Z.mjs";
// src/components/statistics/PageFacts.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$PageFacts = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PageFacts;
	const { period, updated } = Astro.props;
	return renderTemplate`${(period || updated) && renderTemplate`${maybeRenderHead($$result)}<dl class="facts">${period && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("stats.period")}</dt><dd>${formatPeriod(period)}</dd>` })}`}${updated && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("stats.updated")}</dt><dd><time${addAttribute(updated, "datetime")}>${formatDate(updated)}</time></dd>` })}`}</dl>`}`;
}, "/work/main/src/components/statistics/PageFacts.astro", void 0);
export { $$PageFacts as t };
