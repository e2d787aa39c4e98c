import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeExtensionDir, firefoxExtensionDir } from './support/paths';

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe('built manifests', () => {
  it('Chrome: MV3, named, versioned, iconed, Chrome 111+', () => {
    const manifest = manifestOf(chromeExtensionDir);
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: 'NewsGloss',
      minimum_chrome_version: '111',
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(String(manifest.description).length).toBeGreaterThan(20);
  });

  it('Firefox: gecko id, Firefox 140+, no data collected', () => {
    const manifest = manifestOf(firefoxExtensionDir);
    expect(manifest).toMatchObject({
      name: 'NewsGloss',
      browser_specific_settings: {
        gecko: {
          id: 'newsgloss@newsgloss.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    });
  });

  it.each([chromeExtensionDir, firefoxExtensionDir])('%s asks for no host or network permission', (dir) => {
    const manifest = manifestOf(dir);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});
