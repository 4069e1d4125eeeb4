import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { s as loadOpenDataSources } from "./content_BX0i433Z.mjs";
import { a as toJson, t as buildDatasets } from "./open-data_D3ttRQ1I.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { i as t } from "./paths_pvcDhtkH.mjs";
// src/pages/du-lieu/[dataset].json.ts
var _dataset__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	return buildDatasets(await loadOpenDataSources(), site.baseUrl).map((dataset) => ({
		params: { dataset: dataset.id },
		props: { dataset }
	}));
});
var GET = ({ props }) => new Response(toJson(props.dataset, (key) => t(key), site.baseUrl), { headers: { "Content-Type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/du-lieu/[dataset].json@_@ts
var page = () => _dataset__json_exports;
export { page };
