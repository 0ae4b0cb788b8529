// Types of bench/bundle-size.mjs for the TypeScript that imports it (tests/size).
export type Sizes = { raw: number; gz: number; br: number };
export type RouteSizes = { route: string; chunks: string[]; cssFiles: string[]; js: Sizes; css: Sizes; heavy: string[] };
export const BUDGET_GZIP: number;
export function bundleSizes(dist?: string): { rows: RouteSizes[]; demoApi: Omit<RouteSizes, 'route'> | null; entryChunks: string[] };
export function budgetProblems(rows: readonly RouteSizes[]): string[];
export function kb(n: number): string;
