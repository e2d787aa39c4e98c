import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, chromeExtensionDir, firefoxExtensionDir } from './support/paths';

/** A manifest text as the browser shows it: `__MSG_name__` read from the default locale's messages. */
function shown(dir: string, text: unknown): string {
  const manifest = builtManifest(dir);
  const file = path.join(dir, '_locales', String(manifest.default_locale), 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return String(text).replace(/__MSG_(\w+)__/g, (whole, name: string) => messages[name]?.message ?? whole);
}

describe('built manifests', () => {
  it('Chrome: MV3, named, versioned, iconed, Chrome 111+', () => {
    const manifest = builtManifest(chromeExtensionDir);
    expect(shown(chromeExtensionDir, manifest.name)).toBe('NewsGloss');
    expect(manifest).toMatchObject({
      manifest_version: 3,
      minimum_chrome_version: '111',
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(shown(chromeExtensionDir, manifest.description).length).toBeGreaterThan(20);
  });

  it('Firefox: gecko id, Firefox 140+, no data collected', () => {
    const manifest = builtManifest(firefoxExtensionDir);
    expect(shown(firefoxExtensionDir, manifest.name)).toBe('NewsGloss');
    expect(manifest).toMatchObject({
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
    '%s is localised: default locale English, every manifest message defined there',
    (dir) => {
      const manifest = builtManifest(dir);
      expect(manifest.default_locale).toBe('en');
      const text = JSON.stringify(manifest);
      const names = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[0]);
      expect(names.length).toBeGreaterThanOrEqual(6);
      expect(shown(dir, text)).not.toMatch(/__MSG_/);
    },
  );

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
