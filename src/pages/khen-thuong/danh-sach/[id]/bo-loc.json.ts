import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadModels } from "../../../../data/content.ts";
import { arrangeCommendations } from "../../../../lib/commendation-rules.ts";
import { modelMatcher } from "../../../../lib/model-match.ts";
import { recipientRows } from "../../../../lib/recipient-lists.ts";
import { compactRecipients } from "../../../../lib/recipients.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const models = await loadModels();
  const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
  return arrangeCommendations(entries).lists.map(({ id, data }) => ({ params: { id }, props: { body: JSON.stringify(compactRecipients(recipientRows(data, matcher))) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { "content-type": "application/json; charset=utf-8" } });
