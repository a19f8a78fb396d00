/** Types for bundle.mjs, which pipeline/io/workerBundle.ts and scripts/start.mjs use. */
export interface BundleOptions {
  packagesInside?: boolean;
  /** Packages left as imports when the others are inside. */
  outside?: readonly string[];
}
export declare const CLI_BUNDLE: Required<BundleOptions>;
export declare function bundleKey(sources: readonly { path: string; bytes: Uint8Array }[], entry: string, bundlerVersion: string, packagesInside?: boolean, outside?: readonly string[]): string;
export declare function bundled(entry: string, prefix: string, options?: BundleOptions): Promise<string>;
/** How long a bundle of other sources is kept, in milliseconds. */
export declare const BUNDLE_KEEP_MS: number;
/** Removes the bundles in `dir` named `prefix`*.mjs, other than `target`, last written more than `keepMs` before `now`. */
export declare function pruneBundles(dir: string, prefix: string, target: string, now?: number, keepMs?: number): Promise<void>;
