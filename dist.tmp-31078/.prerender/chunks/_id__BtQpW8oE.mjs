import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { h as arrangeCommendations, n as loadCommendations, o as loadModels } from "./content_BX0i433Z.mjs";
import { i as recipientRows, n as recipientCsv, s as modelMatcher } from "./recipient-lists_F5OqMQ3y.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
import { i as t } from "./paths_pvcDhtkH.mjs";
// src/pages/khen-thuong/danh-sach/[id].csv.ts
var _id__csv_exports = /* @__PURE__ */ __exportAll({
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
	const labels = {
		header: [
			t("list.col.year"),
			t("list.col.award"),
			t("list.col.recipientType"),
			t("list.col.name"),
			t("list.col.organisation"),
			t("list.col.district"),
			t("list.col.model")
		],
		recipientType: {
			"tap-the": t("recipient.tap-the"),
			"ca-nhan": t("recipient.ca-nhan")
		}
	};
	return entries.flatMap(({ id, data }) => data.kind === "recipients" ? [{
		params: { id },
		props: { csv: recipientCsv(recipientRows(data, matcher), awards, labels, site.baseUrl) }
	}] : []);
});
var GET = ({ props }) => new Response(props.csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/khen-thuong/danh-sach/[id].csv@_@ts
var page = () => _id__csv_exports;
export { page };
