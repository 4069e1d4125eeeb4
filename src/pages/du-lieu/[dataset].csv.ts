import type { APIRoute, GetStaticPaths } from "astro";
import { loadOpenDataSources } from "../../data/content.ts";
import { buildDatasets, toCsv, type Dataset } from "../../lib/open-data.ts";
import { site } from "../../config/site.ts";

export const getStaticPaths = (async () => {
  const datasets = buildDatasets(await loadOpenDataSources(), site.baseUrl);
  return datasets.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(toCsv(props.dataset.columns, props.dataset.rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
