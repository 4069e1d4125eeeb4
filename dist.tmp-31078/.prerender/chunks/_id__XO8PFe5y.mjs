import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as siteTallyCsv, h as arrangeCommendations, m as viTallyLabels, n as loadCommendations, p as tallyRows, r as loadDocumentMap } from "./content_BX0i433Z.mjs";
// src/pages/khen-thuong/so-lieu/[id].csv.ts
var _id__csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	const entries = await loadCommendations();
	const documents = await loadDocumentMap();
	const { awards } = arrangeCommendations(entries);
	return entries.flatMap(({ id, data }) => data.kind === "tally" ? [{
		params: { id },
		props: { csv: siteTallyCsv(tallyRows(data, awards, viTallyLabels), documents) }
	}] : []);
});
var GET = ({ props }) => new Response(props.csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/khen-thuong/so-lieu/[id].csv@_@ts
var page = () => _id__csv_exports;
export { page };
