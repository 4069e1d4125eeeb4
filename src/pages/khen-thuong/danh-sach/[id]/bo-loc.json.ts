import type { APIRoute, GetStaticPaths } from "astro";
import { loadRecipientLists } from "../../../../data/content.ts";
import { compactRecipients, type RecipientRow } from "../../../../lib/browser/recipient-table-rows.ts";

export const getStaticPaths = (async () =>
  (await loadRecipientLists()).map(({ id, rows }) => ({ params: { id }, props: { rows } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: RecipientRow[] }> = ({ props }) =>
  new Response(JSON.stringify(compactRecipients(props.rows)), { headers: { "content-type": "application/json; charset=utf-8" } });
