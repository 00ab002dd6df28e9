// Types of scripts/notebooks.mjs, for the tests.
export interface NotebookResult {
  notebook: string;
  path: string;
  ok: boolean;
  seconds?: number;
  executed?: string;
  html?: string;
  writeup?: string;
  checks?: { found: number; passed: number; failed: number; failing: string[]; warnings: number };
  error?: { cell?: number; source?: string; text?: string };
  /** Set when the notebook ran on a kernel other than tslab. */
  kernel?: "deno";
}
export interface RunOptions {
  outDir?: string;
  html?: boolean;
  timeout?: number;
  params?: string | Record<string, unknown>;
  /** Jupyter kernel: "tslab" (default) or "deno" (Deno's built-in kernel). */
  kernel?: "tslab" | "deno";
}
export declare const NOTEBOOK_DIR: string;
export declare function listNotebooks(dir?: string): string[];
export declare function cellsWithOutputs(path: string): { cell: number; outputs: number; count: number | null }[];
export declare function stripNotebook(path: string): boolean;
export declare function runNotebook(path: string, options?: RunOptions): Promise<NotebookResult>;
export declare function runNotebooks(paths: string[], options?: RunOptions & { jobs?: number; onResult?: (r: NotebookResult) => void }): Promise<NotebookResult[]>;
export declare function formatFailure(result: NotebookResult): string;
export declare function checksSummary(result: NotebookResult): string;
export declare function reportMeta(params?: string | Record<string, unknown>): { commit: string; version: string; date: string; node: string; params: Record<string, unknown> };
export declare function writeIndex(outDir: string, results: NotebookResult[]): string;
