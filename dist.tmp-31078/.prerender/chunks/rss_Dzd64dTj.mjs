import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { P as formatDate, s as loadOpenDataSources } from "./content_BX0i433Z.mjs";
import { i as t, n as paths } from "./paths_pvcDhtkH.mjs";
import { t as site } from "./site_CMuTqVf7.mjs";
// src/lib/feed.ts
var DAYS = [
	"Sun",
	"Mon",
	"Tue",
	"Wed",
	"Thu",
	"Fri",
	"Sat"
];
var MONTHS = [
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec"
];
/** "2019-09" → "Sun, 01 Sep 2019 00:00:00 +0700": RSS needs a full date; the site's day starts in Vietnam time. */
function rfc822Date(date) {
	const [y, m = 1, d = 1] = date.split("-").map(Number);
	return `${DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${String(d).padStart(2, "0")} ${MONTHS[m - 1]} ${y} 00:00:00 +0700`;
}
/** Newest first; equal dates keep a stable order by path, so two builds write the same feed. */
function sortFeedItems(items) {
	return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}
/** Escapes text for XML element content and attribute values. */
function escapeXml(text) {
	return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
/** The feed document; its lastBuildDate is the newest item's date, not the build time, so builds are reproducible. */
function buildRss(channel, items) {
	const sorted = sortFeedItems(items);
	const abs = (path) => new URL(path, channel.baseUrl).href;
	const entries = sorted.map((item) => [
		"    <item>",
		`      <title>${escapeXml(item.title)}</title>`,
		`      <link>${escapeXml(abs(item.path))}</link>`,
		`      <guid isPermaLink="true">${escapeXml(abs(item.path))}</guid>`,
		`      <description>${escapeXml(item.description)}</description>`,
		`      <category>${escapeXml(item.category)}</category>`,
		`      <pubDate>${rfc822Date(item.date)}</pubDate>`,
		"    </item>"
	].join("\n"));
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		"<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">",
		"  <channel>",
		`    <title>${escapeXml(channel.title)}</title>`,
		`    <link>${escapeXml(abs("/"))}</link>`,
		`    <description>${escapeXml(channel.description)}</description>`,
		`    <language>${escapeXml(channel.language)}</language>`,
		`    <atom:link href="${escapeXml(abs(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
		...sorted[0] ? [`    <lastBuildDate>${rfc822Date(sorted[0].date)}</lastBuildDate>`] : [],
		...entries,
		"  </channel>",
		"</rss>",
		""
	].join("\n");
}
// src/lib/feed-items.ts
/** Documents dated by issue, models by their last change: both are what a reader calls "new". */
function feedItems(documents, models, t) {
	return [...documents.map(({ id, data }) => ({
		title: data.shortTitle,
		path: paths.document(id),
		description: `${t("document.field.date")}: ${data.dateNote ?? formatDate(data.date)}. ${data.summary}`,
		date: data.date,
		category: t("feed.category.document")
	})), ...models.map(({ id, data }) => ({
		title: data.name,
		path: paths.model(id),
		description: data.summary,
		date: data.updated,
		category: t(`model.kind.${data.kind}`)
	}))];
}
// src/pages/rss.xml.ts
var rss_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const { documents, models } = await loadOpenDataSources();
	const body = buildRss({
		title: site.name,
		description: t("feed.description"),
		baseUrl: site.baseUrl,
		feedPath: paths.feed(),
		language: "vi"
	}, feedItems(documents, models, t));
	return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/rss.xml@_@ts
var page = () => rss_xml_exports;
export { page };
