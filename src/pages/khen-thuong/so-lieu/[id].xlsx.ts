import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { loadChartFiles } from "../../../data/content.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { tableWorkbook } from "../../../lib/build/xlsx-workbook.ts";

// Former address of a tally's XLSX (before statistics and tallies shared /so-lieu/tai-ve/): kept as a
// byte-identical copy, the way the redirect mechanism keeps files (redirects.ts), so links already
// published keep working. urls.manifest.txt lists it.
export const getStaticPaths = (async () =>
  (await loadChartFiles())
    .filter((file) => file.kind === "tally")
    .map((file) => ({ params: { id: file.id }, props: file }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  fileResponse(await tableWorkbook(props.table, props.meta), "xlsx");
