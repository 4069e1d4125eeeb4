/** RSS 2.0 feed of model units and source documents, built from plain data. */
import type { PartialDate } from "../schemas/common.ts";

export interface FeedItem {
  title: string;
  /** Site path of the page, e.g. /mo-hinh/truong-thpt-ngo-sy-lien/. */
  path: string;
  description: string;
  /** As precise as the content gives it; a month or year stands for its first day. */
  date: PartialDate;
  category: string;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Canonical origin, e.g. https://antq-cqdnnt.bacgiang.example. */
  baseUrl: string;
  /** Site path of the feed itself. */
  feedPath: string;
  language: string;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2019-09" → "Sun, 01 Sep 2019 00:00:00 +0700": RSS needs a full date; the site's day starts in Vietnam time. */
export function rfc822Date(date: PartialDate): string {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y!, m - 1, d));
  return `${DAYS[day.getUTCDay()]}, ${String(d).padStart(2, "0")} ${MONTHS[m - 1]} ${y} 00:00:00 +0700`;
}

/** Newest first; equal dates keep a stable order by path, so two builds write the same feed. */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** The feed document; its lastBuildDate is the newest item's date, not the build time, so builds are reproducible. */
export function buildRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  const sorted = sortFeedItems(items);
  const abs = (path: string) => new URL(path, channel.baseUrl).href;
  const entries = sorted.map((item) =>
    [
      "    <item>",
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(abs(item.path))}</link>`,
      `      <guid isPermaLink="true">${escapeXml(abs(item.path))}</guid>`,
      `      <description>${escapeXml(item.description)}</description>`,
      `      <category>${escapeXml(item.category)}</category>`,
      `      <pubDate>${rfc822Date(item.date)}</pubDate>`,
      "    </item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(abs("/"))}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(abs(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...(sorted[0] ? [`    <lastBuildDate>${rfc822Date(sorted[0].date)}</lastBuildDate>`] : []),
    ...entries,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** sitemap.xml listing every page path once, in a stable order. */
export function buildSitemap(baseUrl: string, pagePaths: readonly string[]): string {
  const urls = [...new Set(pagePaths)].sort().map((path) => `  <url><loc>${escapeXml(new URL(path, baseUrl).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

/** robots.txt: everything may be crawled; the sitemap is announced by absolute URL. */
export function buildRobots(baseUrl: string, sitemapPath: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath, baseUrl).href}\n`;
}
