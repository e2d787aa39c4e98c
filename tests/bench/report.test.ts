import { describe, expect, it } from 'vitest';
import { renderReadmeSection, renderTable, updateReadme } from '../../bench/report';
import type { BenchResults } from '../../bench/results-schema';
import { fake, figures } from './fake-results';

describe('renderTable', () => {
  it('lists every page and marks targets met or missed', () => {
    const table = renderTable(fake());
    expect(table).toContain('Big & <Bold> page');
    expect(table).toContain('small-page');
    expect(table).toContain('✓');
    expect(table).toContain('✗');
    expect(table).toContain('FF gloss');
    expect(table).toContain('p95 3.4 ms');
    expect(table).toContain('12.0 kB gzip');
    expect(table).toContain('Test CPU');
  });

  it('sorts pages by text size and shows a dash for an unmeasured longest task', () => {
    const table = renderTable(fake());
    expect(table.indexOf('small-page')).toBeLessThan(table.indexOf('Big & <Bold> page'));
    const small = table.split('\n').find((l) => l.startsWith('| small-page'));
    expect(small).toMatch(/\| – \|/);
  });

  it('shows the hover, first-mark and tab figures, and the pages the hovers left out', () => {
    const table = renderTable(fake());
    expect(table).toMatch(/First hover, after the delay, p95 \(Chromium\) \| 31\.5 ms \| ≤ 20 \| ✗/);
    expect(table).toMatch(/JS heap added to a tab \(page \+ popover frame\) \| 2\.75 MiB/);
    expect(table).toContain('popover frame 2.00 MiB');
    expect(table).toContain(
      '; in Chromium, no term marked: small-page, other-page; in Chromium, one term marked, no next hover: a-page',
    );
  });

  it('shows the imported pack against bundled only: the two ratios, the medians and the stored size', () => {
    const table = renderTable(fake());
    expect(table).toMatch(
      /Content script start-up, 5,000-entry imported pack ÷ bundled only \(Chromium\) \| 1\.21× \| ≤ 1\.5 \| ✓/,
    );
    expect(table).toMatch(
      /Script start to first marks, 5,000-entry imported pack ÷ bundled only \(Chromium\) \| 1\.64× \| ≤ 1\.5 \| ✗/,
    );
    expect(table).toMatch(
      /Content script start-up, 5,000-entry imported pack ÷ bundled only \(Firefox\) \| 1\.10× \| ≤ 1\.5 \| ✓/,
    );
    const line = table.split('\n').find((l) => l.startsWith('- Imported pack'));
    expect(line).toContain('5,000 synthetic entries, 3189.8 kB as stored; chromium, 2 pages, 4 rounds');
    expect(line).toContain('start-up median 4.1 ms bundled only, 5.0 ms with the pack (8 and 8 loads)');
    expect(line).toContain('first marks 70.2 ms and 115.1 ms (4 and 4 loads with marks)');
    expect(line).toContain('3,950,080 bytes of base64, 1234.5 ms until stored');
    const results = fake();
    results.importedPackFirefox = { ...results.importedPack!, browser: 'firefox' };
    const lines = renderTable(results)
      .split('\n')
      .filter((l) => l.startsWith('- Imported pack'));
    expect(lines.map((l) => /as stored; (\w+),/.exec(l)?.[1])).toEqual(['chromium', 'firefox']);
  });

  it('says why the imported pack was not measured, and leaves it out of older results', () => {
    const results = fake();
    results.importedPack = {
      ...results.importedPack!,
      failure: 'The background did not store readerGlossary',
    };
    expect(renderTable(results)).toContain(
      '4 rounds with and without it): not measured (The background did not',
    );
    delete results.importedPack;
    expect(renderTable(results)).not.toContain('Imported pack (');
  });

  it('says why mark.js did not run on a page instead of "failed"', () => {
    const results = fake();
    results.pages[0]!.chromium = { ...figures(2.5), markjsMs: null, markjsFailure: 'regex too large' };
    const row = renderTable(results)
      .split('\n')
      .find((l) => l.startsWith('| Big'));
    expect(row).toContain('not run: regex too large');
  });

  it('leaves out summary rows that an older results file has no target for', () => {
    const results = fake();
    delete (results.targets as Partial<BenchResults['targets']>).firstMarkMs;
    expect(renderTable(results)).not.toContain('first marks painted');
  });

  it('omits the Firefox columns when Firefox was not measured', () => {
    expect(renderTable(fake(false))).not.toContain('FF ');
  });
});

describe('renderReadmeSection', () => {
  it('has the intro, summary, per-page table and chart link', () => {
    const md = renderReadmeSection(fake());
    expect(md).toContain('2025-06-01');
    expect(md).toContain('| Figure | Value | Target | Met |');
    expect(md).toContain('<details>');
    expect(md).toContain('small-page');
    expect(md).toContain('Big &amp; &lt;Bold&gt; page');
    expect(md).not.toContain('<Bold>');
    expect(md).toMatch(/!\[[^\]]*\]\(bench\/results\/chart\.svg\)/);
  });
});

describe('updateReadme', () => {
  it('replaces the text between the markers and keeps them', () => {
    const readme =
      '# X\n\n## Performance\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\n## Set up and run\n';
    const out = updateReadme(readme, 'new');
    expect(out).toBe(
      '# X\n\n## Performance\n\n<!-- bench:start -->\nnew\n<!-- bench:end -->\n\n## Set up and run\n',
    );
    expect(updateReadme(out, 'new')).toBe(out);
  });

  it('inserts a Performance section before "## Set up and run" when the markers are absent', () => {
    const readme = '# X\n\nIntro.\n\n## Set up and run\n\nnpm i\n';
    expect(updateReadme(readme, 'body')).toBe(
      '# X\n\nIntro.\n\n## Performance\n\n<!-- bench:start -->\nbody\n<!-- bench:end -->\n\n## Set up and run\n\nnpm i\n',
    );
  });
});
