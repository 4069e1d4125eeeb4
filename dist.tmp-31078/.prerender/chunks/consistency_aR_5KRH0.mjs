import { S as addAttribute, b as maybeRenderHead, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { F as formatDifference, I as formatFigure, L as formatNumber } from "./content_BX0i433Z.mjs";
// src/components/charts/SumNote.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$SumNote = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SumNote;
	const { check, total, partValues } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div class="notice" role="note"${addAttribute(check.totalId, "data-sum-check")} data-astro-cid-5mjws655><p data-astro-cid-5mjws655><strong data-astro-cid-5mjws655>${t("stats.consistency.title")}</strong></p><p data-astro-cid-5mjws655>${t("stats.consistency.note", {
		total: `“${total.metric}”`,
		reported: formatFigure({
			value: check.reported,
			unit: total.unit
		}),
		parts: partValues.map(formatNumber).join(" + "),
		sum: formatFigure({
			value: check.sum,
			unit: total.unit
		}),
		difference: formatDifference(check.difference)
	})}</p></div>`;
}, "/work/main/src/components/charts/SumNote.astro", void 0);
// src/lib/consistency.ts
/**
* One check per total that has at least one reported part, in the order the totals appear. A
* single part is read as "of which" (a subset), since a document listing only one part does not
* claim it is the whole.
*/
function checkSums(items) {
	const parts = /* @__PURE__ */ new Map();
	for (const item of items) if (item.partOf !== void 0) parts.set(item.partOf, [...parts.get(item.partOf) ?? [], item]);
	return items.filter((item) => parts.has(item.id)).map((total) => {
		const own = parts.get(total.id);
		const sum = roundCents(own.reduce((acc, part) => acc + part.value, 0));
		const difference = roundCents(sum - total.value);
		const kind = own.length === 1 ? "subset" : "breakdown";
		const adds = kind === "subset" ? difference <= 0 : difference === 0;
		return {
			totalId: total.id,
			reported: total.value,
			partIds: own.map((p) => p.id),
			sum,
			difference,
			kind,
			adds
		};
	});
}
function roundCents(value) {
	return Math.round(value * 100) / 100;
}
export { $$SumNote as n, checkSums as t };
