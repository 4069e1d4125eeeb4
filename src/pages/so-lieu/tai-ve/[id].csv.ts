import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadCharts } from "../../../data/content.ts";
import { chartCsv } from "../../../lib/charts.ts";
import { fileResponse } from "../../../lib/file-response.ts";

export const getStaticPaths = (async () => (await loadCharts()).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  fileResponse(chartCsv(props.spec), "csv");
