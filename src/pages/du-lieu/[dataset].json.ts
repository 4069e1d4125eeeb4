import type { APIRoute, GetStaticPaths } from "astro";
import { loadOpenDataSources } from "../../data/content.ts";
import { buildDatasets, toJson, type Dataset } from "../../lib/downloads/open-data.ts";
import { site } from "../../config/site.ts";
import { t } from "../../i18n/vi.ts";
import { fileResponse } from "../../lib/downloads/file-response.ts";

export const getStaticPaths = (async () => {
  const datasets = buildDatasets(await loadOpenDataSources(), site.baseUrl);
  return datasets.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  fileResponse(
    toJson(props.dataset, (key) => t(key), site.baseUrl, site.licence),
    "json",
  );
