/** Types for bundle.mjs, which pipeline/io/workerBundle.ts and scripts/start.mjs use. */
export interface BundleOptions {
  packagesInside?: boolean;
  /** Packages left as imports when the others are inside. */
  outside?: readonly string[];
}
export declare const CLI_BUNDLE: Required<BundleOptions>;
export declare function bundleKey(sources: readonly { path: string; bytes: Uint8Array }[], entry: string, bundlerVersion: string, packagesInside?: boolean, outside?: readonly string[]): string;
export declare function bundled(entry: string, prefix: string, options?: BundleOptions): Promise<string>;
