// How the benchmark's report and chart write figures.
import type { PageResult } from './results-schema';

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** null: the method failed on that page (mark.js, see bench/run.ts). */
export const ms = (v: number | null): string => (v === null || !Number.isFinite(v) ? 'failed' : v.toFixed(1));
export const ratio = (a: number | null, b: number): string =>
  a !== null && Number.isFinite(a) && b > 0 ? `${(a / b).toFixed(1)}×` : '–';
export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
export const int = (v: number): string => v.toLocaleString('en-US');
export const mark = (met: boolean): string => (met ? '✓' : '✗');
export const byTextSize = (pages: PageResult[]): PageResult[] =>
  [...pages].sort((a, b) => a.textChars - b.textChars);
