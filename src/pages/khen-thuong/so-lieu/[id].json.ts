import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendation-rules.ts";
import { tallyRows, viTallyLabels } from "../../../lib/tallies.ts";
import { checkParts } from "../../../lib/consistency.ts";
import { fileResponse } from "../../../lib/file-response.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const { awards } = arrangeCommendations(entries);
  return entries.flatMap(({ id, data }) => {
    if (data.kind !== "tally") return [];
    const rows = tallyRows(data, awards, viTallyLabels);
    const checks = checkParts(rows).map((c) => ({ total: c.total.id, parts: c.parts.map((p) => p.id), sum: c.sum, reported: c.reported, difference: c.difference, kind: c.kind, adds: c.adds }));
    const body = { id, licence: site.licence, title: data.title, period: data.period, reportingBody: data.reportingBody, source: data.source, updated: data.updated, rows, checks };
    return [{ params: { id }, props: { body: JSON.stringify(body, null, 2) } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => fileResponse(props.body, "json");
