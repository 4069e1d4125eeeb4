/** Steps run on the freshly built site before it replaces dist/. Each returns false to stop the swap. */
import { searchIndexStep } from "./search-index.ts";

export interface PostBuildContext {
  outDir: string;
  contentDir: string;
  log: (text: string) => void;
  error: (text: string) => void;
}

export interface PostBuildStep {
  name: string;
  run: (context: PostBuildContext) => Promise<boolean> | boolean;
}

import { writeRedirects } from "./write-redirects.ts";

// The search index is built from content, so a deployable dist/ always has a current index.
export const postBuildSteps: PostBuildStep[] = [writeRedirects, searchIndexStep];
