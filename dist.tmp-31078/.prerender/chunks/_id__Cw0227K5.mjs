import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { E as chartCsv, t as loadCharts } from "./content_BX0i433Z.mjs";
// src/pages/so-lieu/tai-ve/[id].csv.ts
var _id__csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => (await loadCharts()).map((spec) => ({
	params: { id: spec.id },
	props: { spec }
})));
var GET = ({ props }) => new Response(chartCsv(props.spec), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/so-lieu/tai-ve/[id].csv@_@ts
var page = () => _id__csv_exports;
export { page };
