/** Steps run on the freshly built site before it replaces dist/. Each returns false to stop the swap. */
import { searchIndexStep } from "./search-index.ts";
import { modelCardsStep } from "./share-card-step.ts";
import { downloadsStep } from "./download-step.ts";
import { writeRedirects } from "./write-redirects.ts";
import { hostHeadersStep } from "./host-headers.ts";
import { sitemapStep } from "./sitemap.ts";
import { urlManifestStep } from "./url-manifest.ts";
import type { PostBuildStep } from "./post-build-types.ts";

export type { PostBuildContext, PostBuildStep } from "./post-build-types.ts";

// The search index is built from content, so a deployable dist/ always has a current index.
// Steps that write files (index, cards, downloads) come before the sitemap and the headers, which list them.
// The URL check runs last, so it sees every file the other steps write.
export const postBuildSteps: PostBuildStep[] = [
  writeRedirects,
  searchIndexStep,
  modelCardsStep,
  downloadsStep,
  sitemapStep,
  hostHeadersStep,
  urlManifestStep,
];
