import { describe, expect, it } from 'vitest';
import { builtManifest, chromeExtensionDir, firefoxExtensionDir } from './support/paths';

describe('built manifests', () => {
  it('Chrome: MV3, named, versioned, iconed, Chrome 111+', () => {
    const manifest = builtManifest(chromeExtensionDir);
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
    const manifest = builtManifest(firefoxExtensionDir);
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

  it.each([chromeExtensionDir, firefoxExtensionDir])(
    '%s asks only for storage and context menus, no host permission',
    (dir) => {
      const manifest = builtManifest(dir);
      expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
      expect(manifest.host_permissions ?? []).toEqual([]);
    },
  );
});

describe('keyboard commands', () => {
  it.each([
    [chromeExtensionDir, '_execute_action'],
    [firefoxExtensionDir, '_execute_browser_action'],
  ])(
    '%s: open the popup, toggle the site, next and previous term, each with a default',
    (dir, popupCommand) => {
      const commands = builtManifest(dir).commands as Record<
        string,
        { suggested_key?: { default?: string } }
      >;
      expect(Object.keys(commands).sort()).toEqual(
        [popupCommand, 'next-term', 'previous-term', 'toggle-site'].sort(),
      );
      const keys = Object.values(commands).map((c) => c.suggested_key?.default);
      expect(new Set(keys).size).toBe(4);
      for (const key of keys) expect(key).toMatch(/^Alt\+Shift\+\w+$/);
    },
  );
});
