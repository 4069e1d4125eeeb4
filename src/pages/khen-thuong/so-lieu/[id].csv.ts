import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadDocumentMap } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendation-rules.ts";
import { siteTallyCsv, tallyRows, viTallyLabels } from "../../../lib/tallies.ts";
import { fileResponse } from "../../../lib/file-response.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const documents = await loadDocumentMap();
  const { awards } = arrangeCommendations(entries);
  return entries.flatMap(({ id, data }) =>
    data.kind === "tally"
      ? [{ params: { id }, props: { csv: siteTallyCsv(tallyRows(data, awards, viTallyLabels), documents) } }]
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => fileResponse(props.csv, "csv");
