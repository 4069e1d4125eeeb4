/** The contract of a post-build step, apart from the list so steps can import it without a cycle. */
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
