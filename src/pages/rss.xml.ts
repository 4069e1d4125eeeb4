import type { APIRoute } from "astro";
import { loadOpenDataSources } from "../data/content.ts";
import { buildRss } from "../lib/site/xml-writers.ts";
import { feedItems, planFeedItems } from "../lib/site/rss-entries.ts";
import { assessmentRows, DIRECTION_KINDS, eventRows, responsibilityRows } from "../lib/plan/plan-items.ts";
import { paths } from "../lib/site/public-urls.ts";
import { site } from "../config/site.ts";
import { t } from "../i18n/vi.ts";

export const GET: APIRoute = async () => {
  const { documents, models, plan } = await loadOpenDataSources();
  const assessments = assessmentRows(plan.assessments);
  const directions = new Set<string>(DIRECTION_KINDS);
  const planPages = [
    {
      path: paths.assessments(),
      title: "assessments.title",
      description: "assessments.lead",
      documents: assessments.filter((r) => !directions.has(r.kind)).map((r) => r.document),
    },
    {
      path: paths.directions(),
      title: "directions.title",
      description: "directions.lead",
      documents: assessments.filter((r) => directions.has(r.kind)).map((r) => r.document),
    },
    {
      path: paths.responsibilities(),
      title: "responsibilities.title",
      description: "responsibilities.feed",
      documents: responsibilityRows(plan.responsibilities).map((r) => r.document),
    },
    {
      path: paths.timeline(),
      title: "timeline.title",
      description: "timeline.lead",
      documents: eventRows(plan.events).map((r) => r.document),
    },
  ] as const;
  const body = await buildRss(
    { title: site.name, description: t("feed.description"), baseUrl: site.baseUrl, feedPath: paths.feed(), language: "vi" },
    [...feedItems(documents, models, t), ...planFeedItems(planPages, new Map(documents.map((d) => [d.id, d.data])), t)],
  );
  return new Response(body, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
};
