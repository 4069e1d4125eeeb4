import type { APIRoute, GetStaticPaths } from "astro";
import { datasetDownloadText, loadDatasets } from "../../data/content.ts";
import type { Dataset } from "../../lib/downloads/open-data.ts";
import { fileResponse } from "../../lib/downloads/file-response.ts";

export const getStaticPaths = (async () => {
  const datasets = await loadDatasets();
  return datasets.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => fileResponse(datasetDownloadText(props.dataset, "json"), "json");
