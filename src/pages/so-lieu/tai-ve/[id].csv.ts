import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadChartFiles } from "../../../data/content.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";

// Every chart's CSV, statistics group or commendation tally: the one download scheme (charts.ts chartDownloads).
export const getStaticPaths = (async () =>
  (await loadChartFiles()).map((file) => ({ params: { id: file.id }, props: file }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => fileResponse(props.csv, "csv");
