import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { t as $$StatChart } from "./StatChart_Dqe_xUWR.mjs";
import { i as t, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { F as formatDifference, I as formatFigure, L as formatNumber } from "./content_BX0i433Z.mjs";
// src/components/commendations/TallyFigure.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$TallyFigure = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TallyFigure;
	const { tally, headingLevel = 2, embedded = false } = Astro.props;
	const { spec, matrix, rows, checks, notDrawn, downloads } = tally;
	const id = spec.id;
	const columnLabel = (c) => c === "ca-hai" ? t("commendations.tally.both") : t(`recipient.${c}`);
	const noted = rows.filter((r) => r.note);
	const noteIndex = new Map(noted.map((r, i) => [r.id, i + 1]));
	const chartUnit = spec.rows[0]?.unit ?? "";
	const SubHeading = headingLevel === 1 ? "h2" : "h3";
	return renderTemplate`${maybeRenderHead($$result)}<div class="tally"${addAttribute(id, "data-tally-id")} data-astro-cid-cbehltoo>${renderComponent($$result, "StatChart", $$StatChart, {
		"spec": spec,
		"headingLevel": headingLevel,
		"embedded": embedded,
		"downloads": downloads,
		"data-astro-cid-cbehltoo": true
	}, {
		"default": ($$result) => renderTemplate`${spec.chart && notDrawn.length > 0 && renderTemplate`<div class="not-drawn" data-astro-cid-cbehltoo><p data-astro-cid-cbehltoo>${t("commendations.chart.notDrawn", { unit: chartUnit })}</p><ul data-astro-cid-cbehltoo>${notDrawn.map((r) => renderTemplate`<li${addAttribute(r.id, "data-not-drawn")} data-astro-cid-cbehltoo>${r.label}: ${formatFigure(r)}</li>`)}</ul></div>`}${checks.length > 0 && renderTemplate`<div class="checks" data-astro-cid-cbehltoo>${renderComponent($$result, "SubHeading", SubHeading, {
			"class": "sub",
			"data-astro-cid-cbehltoo": true
		}, { "default": ($$result) => renderTemplate`${t("commendations.check.title")}` })}<ul data-astro-cid-cbehltoo>${checks.map((check) => {
			const vars = {
				total: check.total.label,
				parts: check.parts.map((p) => formatNumber(p.value)).join(" + "),
				sum: formatNumber(check.sum),
				reported: formatNumber(check.total.value),
				difference: formatDifference(check.difference)
			};
			return check.difference === 0 ? renderTemplate`<li${addAttribute(check.total.id, "data-check")} data-adds="true" data-astro-cid-cbehltoo>${t("commendations.check.adds", vars)}</li>` : renderTemplate`<li${addAttribute(check.total.id, "data-check")} data-adds="false" class="notice" data-astro-cid-cbehltoo>${t("commendations.check.differs", vars)}</li>`;
		})}</ul></div>`}`,
		"table": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "table" }, { "default": ($$result) => renderTemplate`<div class="table-wrap" role="region"${addAttribute(`${id}-bang`, "aria-labelledby")} tabindex="0" data-astro-cid-cbehltoo><table data-astro-cid-cbehltoo><caption${addAttribute(`${id}-bang`, "id")} data-astro-cid-cbehltoo>${t("commendations.tally.caption", { title: spec.title })}</caption><thead data-astro-cid-cbehltoo><tr data-astro-cid-cbehltoo><th scope="col" data-astro-cid-cbehltoo>${t("commendations.tally.award")}</th>${matrix.columns.map((c) => renderTemplate`<th scope="col" class="num" data-astro-cid-cbehltoo>${columnLabel(c)}</th>`)}</tr></thead><tbody data-astro-cid-cbehltoo>${matrix.awards.map((line) => renderTemplate`<tr${addAttribute(line.award, "data-award")} data-astro-cid-cbehltoo><th scope="row" data-astro-cid-cbehltoo>${line.title}<span class="authority" data-astro-cid-cbehltoo>${line.authority}</span></th>${matrix.columns.map((c) => {
			const cell = line.cells[c];
			return cell ? renderTemplate`<td class="num"${addAttribute(cell.id, "data-row-id")} data-astro-cid-cbehltoo>${formatFigure(cell)}${noteIndex.has(cell.id) && renderTemplate`<sup data-astro-cid-cbehltoo><a${addAttribute(`#${id}-note-${noteIndex.get(cell.id)}`, "href")}${addAttribute(`${t("commendations.tally.notes")} ${noteIndex.get(cell.id)}`, "aria-label")} data-astro-cid-cbehltoo>${noteIndex.get(cell.id)}</a></sup>`}</td>` : renderTemplate`<td class="num" data-astro-cid-cbehltoo><span aria-hidden="true" data-astro-cid-cbehltoo>—</span><span class="visually-hidden" data-astro-cid-cbehltoo>${t("commendations.tally.notStated")}</span></td>`;
		})}</tr>`)}</tbody>${Object.keys(matrix.totals).length > 0 && renderTemplate`<tfoot data-astro-cid-cbehltoo><tr data-astro-cid-cbehltoo><th scope="row" data-astro-cid-cbehltoo>${t("commendations.tally.reportedTotal")}</th>${matrix.columns.map((c) => {
			const cell = matrix.totals[c];
			return cell ? renderTemplate`<td class="num"${addAttribute(cell.id, "data-row-id")} data-astro-cid-cbehltoo>${formatFigure(cell)}${noteIndex.has(cell.id) && renderTemplate`<sup data-astro-cid-cbehltoo><a${addAttribute(`#${id}-note-${noteIndex.get(cell.id)}`, "href")}${addAttribute(`${t("commendations.tally.notes")} ${noteIndex.get(cell.id)}`, "aria-label")} data-astro-cid-cbehltoo>${noteIndex.get(cell.id)}</a></sup>`}</td>` : renderTemplate`<td class="num" data-astro-cid-cbehltoo><span aria-hidden="true" data-astro-cid-cbehltoo>—</span><span class="visually-hidden" data-astro-cid-cbehltoo>${t("commendations.tally.notStated")}</span></td>`;
		})}</tr></tfoot>`}</table></div>${noted.length > 0 && renderTemplate`<div class="notes" data-astro-cid-cbehltoo>${renderComponent($$result, "SubHeading", SubHeading, {
			"class": "sub",
			"data-astro-cid-cbehltoo": true
		}, { "default": ($$result) => renderTemplate`${t("commendations.tally.notes")}` })}<ol data-astro-cid-cbehltoo>${noted.map((r, i) => renderTemplate`<li${addAttribute(`${id}-note-${i + 1}`, "id")} data-astro-cid-cbehltoo><strong data-astro-cid-cbehltoo>${r.label}:</strong>${" "}${r.note}</li>`)}</ol></div>`}` })}`
	})}</div>`;
}, "/work/main/src/components/commendations/TallyFigure.astro", void 0);
export { $$TallyFigure as t };
