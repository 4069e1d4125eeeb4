/** Steps run on the freshly built site before it replaces dist/. Each returns false to stop the swap. */
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

export const postBuildSteps: PostBuildStep[] = [writeRedirects];
