import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { h as arrangeCommendations, n as loadCommendations, o as loadModels } from "./content_BX0i433Z.mjs";
import { a as compactRecipients, i as recipientRows, s as modelMatcher } from "./recipient-lists_F5OqMQ3y.mjs";
// src/pages/khen-thuong/danh-sach/[id]/bo-loc.json.ts
var bo_loc_json_exports = /* @__PURE__ */ __exportAll({
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
	return arrangeCommendations(entries).lists.map(({ id, data }) => ({
		params: { id },
		props: { body: JSON.stringify(compactRecipients(recipientRows(data, matcher))) }
	}));
});
var GET = ({ props }) => new Response(props.body, { headers: { "content-type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/khen-thuong/danh-sach/[id]/bo-loc.json@_@ts
var page = () => bo_loc_json_exports;
export { page };
