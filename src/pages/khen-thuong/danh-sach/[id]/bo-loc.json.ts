import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadModels } from "../../../../data/content.ts";
import { arrangeCommendations } from "../../../../lib/commendations/commendation-sections.ts";
import { modelMatcher } from "../../../../lib/commendations/recipient-model-match.ts";
import { recipientRows } from "../../../../lib/commendations/recipient-list-pages.ts";
import { compactRecipients } from "../../../../lib/browser/recipient-table-rows.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const models = await loadModels();
  const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
  return arrangeCommendations(entries).lists.map(({ id, data }) => ({
    params: { id },
    props: { body: JSON.stringify(compactRecipients(recipientRows(data, matcher))) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { "content-type": "application/json; charset=utf-8" } });
