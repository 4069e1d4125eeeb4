/**
 * RSS 2.0 feed of model units and source documents, built from plain data; sitemap.xml and
 * robots.txt. The sitemap stays hand-written: it is built from dist/ after the build so it can skip
 * noindex pages and redirects (scripts/lib/sitemap.ts), which @astrojs/sitemap cannot see.
 */
import { getRssString } from "@astrojs/rss";
import type { PartialDate } from "../../schemas/common.ts";
import { escapeHtml } from "./html-text.ts";

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

/** "2019-09" → midnight of 1 September 2019 in Vietnam (UTC+7): RSS needs a full date; a month or year stands for its first day. */
export function feedDate(date: PartialDate): Date {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m - 1, d) - 7 * 3600 * 1000);
}

/** Newest first; equal dates keep a stable order by path, so two builds write the same feed. */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}

/**
 * The feed document, written by @astrojs/rss (the field's habit; it escapes text and writes each
 * item's guid). Its lastBuildDate is the newest item's date, not the build time, so builds are
 * reproducible. Characters XML forbids never reach it: the content check refuses them.
 */
export async function buildRss(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  const sorted = sortFeedItems(items);
  const abs = (path: string) => new URL(path, channel.baseUrl).href;
  const channelData = [
    `<language>${escapeHtml(channel.language)}</language>`,
    `<atom:link href="${escapeHtml(abs(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...(sorted[0] ? [`<lastBuildDate>${feedDate(sorted[0].date).toUTCString()}</lastBuildDate>`] : []),
  ].join("");
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: abs("/"),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: channelData,
    items: sorted.map((item) => ({
      title: item.title,
      link: abs(item.path),
      description: item.description,
      pubDate: feedDate(item.date),
      categories: [item.category],
    })),
  });
}

/** sitemap.xml listing every page path once, in a stable order. */
export function buildSitemap(baseUrl: string, pagePaths: readonly string[]): string {
  const urls = [...new Set(pagePaths)].sort().map((path) => `  <url><loc>${escapeHtml(new URL(path, baseUrl).href)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: everything may be crawled; the sitemap is announced by absolute URL. */
export function buildRobots(baseUrl: string, sitemapPath: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath, baseUrl).href}\n`;
}
