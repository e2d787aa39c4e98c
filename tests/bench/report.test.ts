import { describe, expect, it } from 'vitest';
import { renderChartSvg, renderReadmeSection, renderTable, updateReadme } from '../../bench/report';
import type { BenchResults, MethodFigures } from '../../bench/results-schema';

const figures = (walkMs: number, longestTaskMs: number | null = 12.34): MethodFigures => ({
  walkMs,
  glossMs: walkMs * 3,
  markjsMs: walkMs * 40,
  regexMs: walkMs * 10,
  marks: 42,
  longestTaskMs,
});

function fake(firefox = true): BenchResults {
  return {
    generatedAt: '2025-06-01T10:00:00.000Z',
    machine: { cpus: 8, cpuModel: 'Test CPU', memoryGiB: 16, platform: 'linux', node: 'v20.12.0' },
    browsers: { chromium: '131.0', firefox: firefox ? '128.0esr' : null },
    repetitions: { chromium: 15, firefox: 9 },
    pages: [
      {
        name: 'Big & <Bold> page',
        textChars: 90000,
        textNodes: 2000,
        chromium: figures(2.5),
        firefox: firefox ? figures(3) : null,
      },
      {
        name: 'small-page',
        textChars: 1200,
        textNodes: 40,
        chromium: figures(0.05, null),
        firefox: firefox ? figures(0.1) : null,
      },
    ],
    scaling: {
      page: 'Big & <Bold> page',
      browser: 'chromium',
      runs: [
        { terms: 100, patterns: 400, glossMs: 5 },
        { terms: 10000, patterns: 40000, glossMs: 9 },
      ],
    },
    search: { browser: 'chromium', notes: 500, keystrokes: 60, p50Ms: 1.2, p95Ms: 3.4, maxMs: 7.8 },
    size: {
      contentScript: { raw: 40960, gzip: 12288 },
      popup: { raw: 20480, gzip: 8192 },
      glossaryData: { raw: 102400, gzip: 30720 },
    },
    memory: { page: 'small-page', browser: 'chromium', heapGrowthBytes: 3 * 1024 * 1024 },
    summary: {
      glossOverWalk: 3,
      glossStartMs: 1.5,
      glossPastStartOverWalk: 2,
      glossWarmOverWalk: 1.5,
      markjsOverGloss: 13.3,
      regexOverGloss: 3.3,
      scaling10kOver100: 1.8,
      maxLongTaskMs: 12.34,
      searchP95Ms: 3.4,
      contentScriptGzipBytes: 12288,
      firstHoverMs: 31.5,
      firstHoverMsFirefox: 18,
      nextHoverMs: 6.25,
      nextHoverMsFirefox: 7,
      firstMarkMs: 22,
      tabMemoryMiB: 2.75,
      popoverScriptGzipBytes: 28000,
    },
    targets: {
      glossOverWalk: { target: '≤ 5×', met: true },
      glossStartMs: { target: '(reported)', met: true },
      glossPastStartOverWalk: { target: '(reported)', met: true },
      glossWarmOverWalk: { target: '(reported)', met: true },
      markjsOverGloss: { target: '≥ 5×', met: true },
      regexOverGloss: { target: '≥ 2×', met: true },
      scaling10kOver100: { target: '≤ 3×', met: true },
      maxLongTaskMs: { target: '≤ 50 ms', met: true },
      searchP95Ms: { target: '≤ 2 ms', met: false },
      contentScriptGzipBytes: { target: '≤ 30 kB', met: true },
      firstHoverMs: { target: '≤ 20', met: false },
      firstHoverMsFirefox: { target: '≤ 20', met: true },
      nextHoverMs: { target: '≤ 8', met: true },
      nextHoverMsFirefox: { target: '≤ 8', met: true },
      firstMarkMs: { target: '≤ 25', met: true },
      tabMemoryMiB: { target: '≤ 1.5', met: false },
      popoverScriptGzipBytes: { target: '≤ 30 KB', met: true },
    },
    tab: {
      page: 'small-page',
      pageMiB: 0.75,
      popoverFrameMiB: 2,
      readerPages: 2,
      skipped: {
        chromium: [
          'small-page: no term marked',
          'other-page: no term marked',
          'a-page: one term marked, no next hover',
        ],
        firefox: [],
      },
    },
  };
}

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

describe('renderChartSvg', () => {
  const svg = renderChartSvg(fake());

  it('is a self-contained SVG with escaped text', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Big &amp; &lt;Bold&gt; page');
    expect(svg).not.toContain('Big & <Bold>');
    expect(svg).not.toMatch(/<script|@import|href=/);
  });

  it('draws one bar per method per page and log-scale gridlines', () => {
    for (const method of ['walkMs', 'glossMs', 'regexMs', 'markjsMs']) {
      expect(svg.match(new RegExp(`data-method="${method}"`, 'g'))).toHaveLength(2);
    }
    for (const tick of ['0.1', '1', '10', '100', '1000', '10000']) {
      expect(svg).toContain(`>${tick}</text>`);
    }
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
