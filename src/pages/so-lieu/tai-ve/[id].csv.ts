import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCharts } from "../../../data/content.ts";
import { chartCsv } from "../../../lib/charts.ts";

export const getStaticPaths = (async () => (await loadCharts()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
