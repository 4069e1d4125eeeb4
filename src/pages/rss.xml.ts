import type { APIRoute } from "astro";
import { loadOpenDataSources } from "../data/content.ts";
import { buildRss } from "../lib/feed.ts";
import { feedItems } from "../lib/feed-items.ts";
import { paths } from "../lib/paths.ts";
import { site } from "../config/site.ts";
import { t } from "../i18n/vi.ts";

export const GET: APIRoute = async () => {
  const { documents, models } = await loadOpenDataSources();
  const body = buildRss(
    { title: site.name, description: t("feed.description"), baseUrl: site.baseUrl, feedPath: paths.feed(), language: "vi" },
    feedItems(documents, models, t),
  );
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
