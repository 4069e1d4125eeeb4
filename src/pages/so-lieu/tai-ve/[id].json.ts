import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCharts } from "../../../data/content.ts";
import { chartJson } from "../../../lib/charts.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => (await loadCharts()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(chartJson(props.spec, site.baseUrl), { headers: { "Content-Type": "application/json; charset=utf-8" } });
