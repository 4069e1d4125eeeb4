import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { O as chartJson, t as loadCharts } from "./content_BX0i433Z.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
// src/pages/so-lieu/tai-ve/[id].json.ts
var _id__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => (await loadCharts()).map((spec) => ({
	params: { id: spec.id },
	props: { spec }
})));
var GET = ({ props }) => new Response(chartJson(props.spec, site.baseUrl), { headers: { "Content-Type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/so-lieu/tai-ve/[id].json@_@ts
var page = () => _id__json_exports;
export { page };
