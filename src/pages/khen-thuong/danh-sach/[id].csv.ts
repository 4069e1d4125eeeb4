import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadModels } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendations/commendation-sections.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { modelMatcher } from "../../../lib/commendations/recipient-model-match.ts";
import { recipientCsv, recipientRows, siteListLabels } from "../../../lib/commendations/recipient-list-pages.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const models = await loadModels();
  const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
  const { awards } = arrangeCommendations(entries);
  return entries.flatMap(({ id, data }) =>
    data.kind === "recipients"
      ? [{ params: { id }, props: { csv: recipientCsv(recipientRows(data, matcher), awards, siteListLabels(), site.baseUrl) } }]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => fileResponse(props.csv, "csv");
