import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { d as checkParts, h as arrangeCommendations, m as viTallyLabels, n as loadCommendations, p as tallyRows } from "./content_BX0i433Z.mjs";
// src/pages/khen-thuong/so-lieu/[id].json.ts
var _id__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	const entries = await loadCommendations();
	const { awards } = arrangeCommendations(entries);
	return entries.flatMap(({ id, data }) => {
		if (data.kind !== "tally") return [];
		const rows = tallyRows(data, awards, viTallyLabels);
		const checks = checkParts(rows).map((c) => ({
			total: c.total.id,
			parts: c.parts.map((p) => p.id),
			sum: c.sum,
			reported: c.total.value,
			difference: c.difference
		}));
		const body = {
			id,
			title: data.title,
			period: data.period,
			reportingBody: data.reportingBody,
			source: data.source,
			updated: data.updated,
			rows,
			checks
		};
		return [{
			params: { id },
			props: { body: JSON.stringify(body, null, 2) }
		}];
	});
});
var GET = ({ props }) => new Response(props.body, { headers: { "content-type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/khen-thuong/so-lieu/[id].json@_@ts
var page = () => _id__json_exports;
export { page };
