import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadDocumentMap } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendation-rules.ts";
import { formatPeriod } from "../../../lib/format.ts";
import { tallyCsv, tallyRows, viTallyLabels } from "../../../lib/tallies.ts";
import { t } from "../../../i18n/vi.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const documents = await loadDocumentMap();
  const { awards } = arrangeCommendations(entries);
  return entries.flatMap(({ id, data }) =>
    data.kind === "tally"
      ? [{ params: { id }, props: { csv: tallyCsv(tallyRows(data, awards, viTallyLabels), t("commendations.tally.csv.header").split("|"), viTallyLabels, (doc) => documents.get(doc)?.shortTitle ?? doc, formatPeriod) } }]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { "content-type": "text/csv; charset=utf-8" } });
