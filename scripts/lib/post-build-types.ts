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
  /**
   * The step reads only the content, never the built pages: the build starts it alongside Astro,
   * writing into a folder of its own, and moves what it wrote into the site once Astro is done.
   */
  contentOnly?: true;
}
