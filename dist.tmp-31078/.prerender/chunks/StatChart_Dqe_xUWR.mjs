import { S as addAttribute, b as maybeRenderHead, d as renderComponent, g as renderSlot, y as renderTemplate } from "./jsx-runtime_CgoVUPa1.mjs";
import { n as createAstro } from "./PageHead_pw7aXI_g.mjs";
import { i as t, n as paths, o as createComponent } from "./paths_pvcDhtkH.mjs";
import { t as renderScript } from "./script_D639hZJT.mjs";
import { A as embedSnippet, D as chartHeight, E as chartCsv, N as formatBytes, P as formatDate, k as chartPayload, z as formatValue } from "./content_BX0i433Z.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
// src/components/charts/ChartScript.astro
var $$ChartScript = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderScript($$result, "/work/main/src/components/charts/ChartScript.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/src/components/charts/ChartScript.astro", void 0);
// src/components/charts/ChartRowsTable.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$ChartRowsTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ChartRowsTable;
	const { spec } = Astro.props;
	const hasNotes = spec.rows.some((r) => r.note);
	return renderTemplate`${maybeRenderHead($$result)}<div class="table-wrap" tabindex="0" role="region"${addAttribute(`${spec.id}-bang`, "aria-labelledby")}><table><caption${addAttribute(`${spec.id}-bang`, "id")}>${t("chart.table")}: ${spec.title}</caption><thead><tr><th scope="col">${spec.labelHeading}</th><th scope="col" class="num">${t("chart.column.value")}</th><th scope="col">${t("chart.column.unit")}</th>${hasNotes && renderTemplate`<th scope="col">${t("chart.column.note")}</th>`}</tr></thead><tbody>${spec.rows.map((row) => renderTemplate`<tr${addAttribute(row.figureId, "data-figure-id")}><th scope="row">${row.label}</th><td class="num"><data${addAttribute(row.value, "value")}>${formatValue(row.value, row)}</data></td><td>${row.unit}</td>${hasNotes && renderTemplate`<td>${row.note}</td>`}</tr>`)}</tbody></table></div>`;
}, "/work/main/src/components/charts/ChartRowsTable.astro", void 0);
// src/components/charts/StatChart.astro
createAstro("https://antq-cqdnnt.bacgiang.example");
var $$StatChart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StatChart;
	const { spec, headingLevel = 2, embedded = false } = Astro.props;
	const downloads = Astro.props.downloads ?? {
		csv: paths.chartDownload(spec.id, "csv"),
		json: paths.chartDownload(spec.id, "json"),
		csvBytes: new TextEncoder().encode(chartCsv(spec)).length
	};
	const Heading = `h${headingLevel}`;
	const titleId = `${spec.id}-tieu-de`;
	const absolute = (href) => new URL(href, site.baseUrl).href;
	const link = (href) => embedded ? absolute(href) : href;
	const linkTarget = embedded ? "_blank" : void 0;
	const snippet = embedSnippet(spec, absolute(paths.embed(spec.id)));
	return renderTemplate`${maybeRenderHead($$result)}<figure class="stat-chart"${addAttribute(spec.id, "id")}${addAttribute(titleId, "aria-labelledby")} data-astro-cid-fmettsda>${renderComponent($$result, "Heading", Heading, {
		"id": titleId,
		"data-astro-cid-fmettsda": true
	}, { "default": ($$result) => renderTemplate`${spec.title}` })}<p class="summary" data-astro-cid-fmettsda>${spec.summary}</p><dl class="chart-meta" data-astro-cid-fmettsda><div data-astro-cid-fmettsda><dt data-astro-cid-fmettsda>${t("stats.period")}:</dt>${" "}<dd data-astro-cid-fmettsda>${spec.period}</dd></div><div data-astro-cid-fmettsda><dt data-astro-cid-fmettsda>${t("stats.updated")}:</dt>${" "}<dd data-astro-cid-fmettsda><time${addAttribute(spec.updated, "datetime")} data-astro-cid-fmettsda>${formatDate(spec.updated)}</time></dd></div></dl>${spec.chart && renderTemplate`<div class="canvas-box"${addAttribute(chartHeight(spec.rows), "data-height")} hidden data-astro-cid-fmettsda><canvas role="img"${addAttribute(t("chart.canvas", { title: spec.title }), "aria-label")}${addAttribute(JSON.stringify(chartPayload(spec)), "data-chart")} data-astro-cid-fmettsda></canvas></div>`}${renderSlot($$result, $$slots["default"])}${Astro.slots.has("table") ? renderTemplate`${renderSlot($$result, $$slots["table"])}` : renderTemplate`${renderComponent($$result, "ChartRowsTable", $$ChartRowsTable, {
		"spec": spec,
		"data-astro-cid-fmettsda": true
	})}`}<div class="sources" data-astro-cid-fmettsda>${spec.sources.map((s) => renderTemplate`<p class="source" data-astro-cid-fmettsda><span data-astro-cid-fmettsda>${t("source.label")}:</span>${" "}<a${addAttribute(link(s.href), "href")}${addAttribute(linkTarget, "target")} data-astro-cid-fmettsda>${s.title}</a>, ${s.section}.</p>`)}</div><div class="tools no-print" data-astro-cid-fmettsda><p class="tools-title" data-astro-cid-fmettsda>${t("chart.downloads")}:</p><ul class="downloads" data-astro-cid-fmettsda><li data-astro-cid-fmettsda><a${addAttribute(link(downloads.csv), "href")}${addAttribute(`${spec.id}.csv`, "download")}${addAttribute(linkTarget, "target")} data-astro-cid-fmettsda>${t("chart.download.csv")}</a> <span class="muted" data-astro-cid-fmettsda>(${formatBytes(downloads.csvBytes)})</span></li><li data-astro-cid-fmettsda><a${addAttribute(link(downloads.json), "href")}${addAttribute(`${spec.id}.json`, "download")}${addAttribute(linkTarget, "target")} data-astro-cid-fmettsda>${t("chart.download.json")}</a></li>${spec.chart && renderTemplate`<li data-chart-png hidden data-astro-cid-fmettsda><button type="button" class="link-button" data-astro-cid-fmettsda>${t("chart.download.png")}</button></li>`}</ul>${!embedded && renderTemplate`<details class="embed" data-astro-cid-fmettsda><summary data-astro-cid-fmettsda>${t("chart.embed")}</summary><label${addAttribute(`${spec.id}-nhung`, "for")} data-astro-cid-fmettsda>${t("chart.embed.label")}</label><textarea${addAttribute(`${spec.id}-nhung`, "id")} readonly rows="3" spellcheck="false" data-astro-cid-fmettsda>${snippet}</textarea><p class="copy" hidden data-astro-cid-fmettsda><button type="button"${addAttribute(`${spec.id}-nhung`, "data-copy")} data-astro-cid-fmettsda>${t("chart.embed.copy")}</button><span role="status"${addAttribute(t("chart.embed.copied"), "data-copied")} data-astro-cid-fmettsda></span></p></details>`}${embedded && renderTemplate`<p data-astro-cid-fmettsda><a${addAttribute(absolute(`${spec.homeHref}#${spec.id}`), "href")} target="_blank" data-astro-cid-fmettsda>${t("chart.embed.home", { site: site.shortName })}</a></p>`}</div></figure>${spec.chart && renderTemplate`${renderComponent($$result, "ChartScript", $$ChartScript, { "data-astro-cid-fmettsda": true })}`}`;
}, "/work/main/src/components/charts/StatChart.astro", void 0);
export { $$StatChart as t };
