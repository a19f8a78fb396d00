/** Types for bundle.mjs, which pipeline/io/workerBundle.ts and scripts/start.mjs use. */
export declare function bundleKey(sources: readonly { path: string; bytes: Uint8Array }[], entry: string, bundlerVersion: string, packagesInside?: boolean): string;
export declare function bundled(entry: string, prefix: string, options?: { packagesInside?: boolean }): Promise<string>;
