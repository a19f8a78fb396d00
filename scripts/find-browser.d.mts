/** Types for find-browser.mjs, which pipeline/render/browser.ts imports. */
export declare const BROWSER_PATHS: readonly string[];
export declare const BROWSER_NAMES: readonly string[];
export declare function findBrowser(env?: NodeJS.ProcessEnv): string | null;
export declare function installBrowser(env?: NodeJS.ProcessEnv): string | null;
