import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCharts } from "../../../data/content.ts";
import { chartTable } from "../../../lib/charts.ts";
import { fileResponse } from "../../../lib/file-response.ts";
import { paths } from "../../../lib/paths.ts";
import { tableWorkbook } from "../../../lib/workbook.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => (await loadCharts()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { spec } }) => {
  const meta = { title: spec.title, pageUrl: new URL(`${spec.homeHref}#${spec.id}`, site.baseUrl).href, fileUrl: new URL(paths.chartDownload(spec.id, "xlsx"), site.baseUrl).href, updated: spec.updated, publisher: site.publisher, licence: site.licence };
  return fileResponse(await tableWorkbook(chartTable(spec, site.baseUrl), meta), "xlsx");
};
