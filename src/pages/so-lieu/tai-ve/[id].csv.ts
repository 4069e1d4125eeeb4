import { downloadPaths, serveDownload } from "../../../data/downloads.ts";
import { DOWNLOAD_ROUTES } from "../../../lib/downloads/download-files.ts";

// A build writes these files in its download step (scripts/lib/download-step.ts); the live preview serves them here.
export const getStaticPaths = downloadPaths(DOWNLOAD_ROUTES.chartCsv);
export const GET = serveDownload;
