import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'e2e/fixtures');
export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');
export const chromeExtensionDir = path.join(repoRoot, '.output/chrome-mv3');
export const firefoxExtensionDir = path.join(repoRoot, '.output/firefox-mv2');

/** The manifest.json of an extension build (chromeExtensionDir or firefoxExtensionDir). */
export function builtManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
