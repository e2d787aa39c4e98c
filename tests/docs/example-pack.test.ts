import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedPacks } from '../../scripts/compile-glossary';
import { readPackFile } from '../../utils/packs/pack-file';

describe('the example pack in docs/', () => {
  it('imports alongside the bundled packs, all three entries accepted', () => {
    const text = readFileSync(path.resolve(__dirname, '../../docs/example-pack.json'), 'utf8');
    const bundled = checkedPacks(path.resolve(__dirname, '../../data'));
    const result = readPackFile(text, bundled, []);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.pack.entries).toHaveLength(3);
  });
});
