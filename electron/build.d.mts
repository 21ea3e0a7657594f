/** Types of electron/build.mjs for tests that build the bundles. */
export function buildDesktopBundles(options?: {
  outdir?: string;
  minify?: boolean;
}): Promise<{ mainFile: string; preloadFile: string }>;
