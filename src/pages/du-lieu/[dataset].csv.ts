import type { APIRoute, GetStaticPaths } from "astro";
import { loadOpenDataSources } from "../../data/content.ts";
import { buildDatasets, toCsv, type Dataset } from "../../lib/downloads/open-data.ts";
import { site } from "../../config/site.ts";
import { fileResponse } from "../../lib/downloads/file-response.ts";

export const getStaticPaths = (async () => {
  const datasets = buildDatasets(await loadOpenDataSources(), site.baseUrl);
  return datasets.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => fileResponse(toCsv(props.dataset), "csv");
