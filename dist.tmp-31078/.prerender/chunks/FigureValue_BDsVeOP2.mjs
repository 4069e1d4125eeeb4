import { S as addAttribute, b as maybeRenderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { o as createComponent } from "./paths_pvcDhtkH.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { I as formatFigure, S as themeHome, U as indexFigures, V as figureById, a as loadFigures } from "./content_BX0i433Z.mjs";
// src/components/figures/FigureValue.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$FigureValue = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FigureValue;
	const { id, link = false } = Astro.props;
	const figure = figureById(indexFigures(await loadFigures()), id, Astro.url.pathname);
	const text = formatFigure(figure);
	return renderTemplate`${link ? renderTemplate`${maybeRenderHead($$result)}<a class="figure-value"${addAttribute(`${themeHome(figure.theme)}#${figure.groupId}`, "href")} data-astro-cid-hx7zcmhb><data${addAttribute(figure.value, "value")} data-astro-cid-hx7zcmhb>${text}</data></a>` : renderTemplate`<data class="figure-value"${addAttribute(figure.value, "value")} data-astro-cid-hx7zcmhb>${text}</data>`}`;
}, "/work/main/src/components/figures/FigureValue.astro", void 0);
export { $$FigureValue as t };
