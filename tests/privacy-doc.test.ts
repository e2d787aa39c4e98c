import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('PRIVACY.md', () => {
  it('exists and is linked from the README', () => {
    expect(existsSync(new URL('../PRIVACY.md', import.meta.url))).toBe(true);
    expect(read('README.md')).toContain('[PRIVACY.md](PRIVACY.md)');
  });

  it('says what is stored, where, and that nothing leaves the browser', () => {
    const text = read('PRIVACY.md');
    for (const stored of ['notes', 'own terms', 'settings']) expect(text.toLowerCase()).toContain(stored);
    expect(text).toContain('browser.storage.local');
    expect(text).toMatch(/browser\s+profile/);
    expect(text).toMatch(/no network\s+requests/);
    expect(text).toMatch(/no telemetry/);
    expect(text).toMatch(/Nothing leaves the browser/);
  });
});
