/** tightrope's version (kept equal to package.json's by a test): part of a sweep's identity and of every report. */
export const VERSION = "0.1.0";
