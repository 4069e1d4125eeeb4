/**
 * The download routes of src/pages: in the live preview each serves its files of the one download
 * list (src/lib/downloads/download-files.ts); a build yields no path here, since the download step
 * (scripts/lib/download-step.ts) writes the same files beside Astro while it renders the pages.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadDownloadFiles } from "./content.ts";
import { downloadRoutePaths, type DownloadFile, type DownloadRoute } from "../lib/downloads/download-files.ts";
import { fileResponse } from "../lib/downloads/file-response.ts";

/** getStaticPaths of the route `src/pages<folder>[<param>].<kind>.ts`: its files in the live preview, none in a build. */
export function downloadPaths(route: DownloadRoute): GetStaticPaths {
  return async () => (import.meta.env.DEV ? downloadRoutePaths(await loadDownloadFiles(), route) : []);
}

/** A download route's response: the file's bytes, with its kind's Content-Type. */
export const serveDownload: APIRoute<DownloadFile> = async ({ props }) => fileResponse(await props.make(), props.kind);
