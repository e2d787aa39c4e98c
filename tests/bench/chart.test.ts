import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../bench/chart';
import { fake } from './fake-results';

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
