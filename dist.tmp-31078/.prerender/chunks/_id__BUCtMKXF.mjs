import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { h as arrangeCommendations, n as loadCommendations, o as loadModels } from "./content_BX0i433Z.mjs";
import { i as recipientRows, r as recipientJson, s as modelMatcher } from "./recipient-lists_F5OqMQ3y.mjs";
// src/pages/khen-thuong/danh-sach/[id].json.ts
var _id__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => {
	const entries = await loadCommendations();
	const models = await loadModels();
	const matcher = modelMatcher(models.map((m) => ({
		id: m.id,
		hosts: m.data.hosts
	})));
	const { awards } = arrangeCommendations(entries);
	return entries.flatMap(({ id, data }) => data.kind === "recipients" ? [{
		params: { id },
		props: { body: JSON.stringify(recipientJson(id, data, recipientRows(data, matcher), awards)) }
	}] : []);
});
var GET = ({ props }) => new Response(props.body, { headers: { "content-type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/khen-thuong/danh-sach/[id].json@_@ts
var page = () => _id__json_exports;
export { page };
