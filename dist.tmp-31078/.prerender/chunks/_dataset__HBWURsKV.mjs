import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { s as loadOpenDataSources } from "./content_BX0i433Z.mjs";
import { i as toCsv, t as buildDatasets } from "./open-data_D3ttRQ1I.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
// src/pages/du-lieu/[dataset].csv.ts
var _dataset__csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	return buildDatasets(await loadOpenDataSources(), site.baseUrl).map((dataset) => ({
		params: { dataset: dataset.id },
		props: { dataset }
	}));
});
var GET = ({ props }) => new Response(toCsv(props.dataset.columns, props.dataset.rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/du-lieu/[dataset].csv@_@ts
var page = () => _dataset__csv_exports;
export { page };
