import { build } from 'vite';
import { repoRoot } from '../e2e/support/paths';

/** Bundles bench/page/bench-entry.ts (the content script's own modules, mark.js) into one IIFE string. */
export async function buildPageBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    resolve: { alias: { '@': repoRoot } },
    build: {
      write: false,
      minify: true,
      lib: { entry: 'bench/page/bench-entry.ts', formats: ['iife'], name: 'NewsGlossBenchBundle' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const first = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('The benchmark page bundle was not built');
  return chunk.code;
}
