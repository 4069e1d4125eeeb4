import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCharts } from "../../../data/content.ts";
import { chartJson } from "../../../lib/charts.ts";
import { site } from "../../../config/site.ts";
import { fileResponse } from "../../../lib/file-response.ts";

export const getStaticPaths = (async () => (await loadCharts()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  fileResponse(chartJson(props.spec, site.baseUrl, site.licence), "json");
