/**
 * The only module that reads Astro's collections: the site's loaders (src/lib/data/site-data.ts)
 * bound to getCollection. Everything they return is plain data that the pure functions of src/lib
 * work on.
 */
import { getCollection } from "astro:content";
import { throwIfContentBroken } from "../lib/build/dev-content-state.ts";
import { siteData } from "../lib/data/site-data.ts";
import { downloadFiles, type DownloadFile } from "../lib/downloads/download-files.ts";

// What several routes derive from the same collections is worked out once per build; the live
// preview (astro dev) recomputes on every request so it shows each edit, and shows the check's
// report instead of a page while content is broken.
const data = siteData(getCollection, { memo: !import.meta.env.DEV, guard: throwIfContentBroken });

export const {
  loadDocuments,
  loadDocumentMap,
  loadFigures,
  loadModels,
  loadStatisticGroups,
  loadCharts,
  loadTallyFigures,
  loadChartFiles,
  loadTargets,
  loadCommendations,
  loadCommendationContent,
  loadRecipientLists,
  loadDatasets,
  datasetDownloadTable,
  datasetDownloadSizes,
  datasetDownloadText,
  loadOpenDataSources,
  loadPageCards,
  loadPlanSources,
  loadPlan,
  loadResponsibilities,
} = data;

/** Every download file of the site (src/lib/downloads/download-files.ts), for the live preview's download routes. */
export function loadDownloadFiles(): Promise<DownloadFile[]> {
  return downloadFiles(data);
}
