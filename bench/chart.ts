import { byTextSize, escapeXml, int, ms } from './format';
import type { BenchResults, MethodFigures } from './results-schema';

const METHODS: { key: keyof MethodFigures; label: string; color: string }[] = [
  { key: 'walkMs', label: 'bare walk (floor)', color: '#9ca3af' },
  { key: 'glossMs', label: 'NewsGloss', color: '#2563eb' },
  { key: 'regexMs', label: 'one big regex', color: '#f59e0b' },
  { key: 'markjsMs', label: 'mark.js', color: '#dc2626' },
];

/** Horizontal grouped bars on a log ms axis, one group per page, smallest page first. */
export function renderChartSvg(r: BenchResults): string {
  const W = 900,
    left = 230,
    right = 70,
    top = 56,
    bar = 9,
    gap = 2,
    groupGap = 14;
  const pages = byTextSize(r.pages);
  const values = pages.flatMap((p) => METHODS.map((m) => Number(p.chromium[m.key]))).filter((v) => v > 0);
  const lo = Math.min(-1, Math.floor(Math.log10(Math.min(...values, 1))));
  const hi = Math.max(4, Math.ceil(Math.log10(Math.max(...values, 1))));
  const plotW = W - left - right;
  const x = (v: number): number => left + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * plotW;
  const groupH = METHODS.length * (bar + gap) - gap;
  const plotH = pages.length * (groupH + groupGap);
  const H = top + plotH + 44;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="600">Time to process each page ` +
      `(ms, median, Chromium ${escapeXml(r.browsers.chromium)}, log scale)</text>`,
  ];
  METHODS.forEach((m, i) => {
    const lx = left + i * 150;
    out.push(`<rect x="${lx}" y="32" width="12" height="12" fill="${m.color}"/>`);
    out.push(`<text x="${lx + 17}" y="42">${escapeXml(m.label)}</text>`);
  });
  for (let d = lo; d <= hi; d++) {
    const gx = x(10 ** d).toFixed(1);
    const label = d < 0 ? (10 ** d).toFixed(-d) : String(10 ** d);
    out.push(`<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${top + plotH}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${gx}" y="${top + plotH + 16}" text-anchor="middle" fill="#4b5563">${label}</text>`);
  }
  out.push(
    `<text x="${left + plotW / 2}" y="${top + plotH + 34}" text-anchor="middle" fill="#4b5563">ms (log scale)</text>`,
  );
  pages.forEach((p, gi) => {
    const gy = top + gi * (groupH + groupGap);
    const cy = gy + groupH / 2;
    out.push(`<text x="${left - 8}" y="${cy - 2}" text-anchor="end">${escapeXml(p.name)}</text>`);
    out.push(
      `<text x="${left - 8}" y="${cy + 11}" text-anchor="end" fill="#6b7280" font-size="10">` +
        `${int(p.textChars)} chars</text>`,
    );
    METHODS.forEach((m, i) => {
      const raw = p.chromium[m.key];
      const by = gy + i * (bar + gap);
      if (raw === null || !Number.isFinite(Number(raw))) {
        out.push(
          `<text x="${left + 4}" y="${by + bar - 1}" font-size="9" fill="#374151">${escapeXml(`${m.label}: failed`)}</text>`,
        );
        return;
      }
      const v = Number(raw);
      const bw = Math.max(1, x(v) - left).toFixed(1);
      out.push(
        `<rect class="bar" data-method="${m.key}" x="${left}" y="${by}" width="${bw}" height="${bar}" ` +
          `fill="${m.color}"><title>${escapeXml(`${p.name}: ${m.label} ${ms(v)} ms`)}</title></rect>`,
      );
      out.push(
        `<text x="${(left + Number(bw) + 4).toFixed(1)}" y="${by + bar - 1}" font-size="9" fill="#374151">${v < 0.1 ? v.toFixed(2) : ms(v)}</text>`,
      );
    });
  });
  out.push(`<line x1="${left}" y1="${top - 4}" x2="${left}" y2="${top + plotH}" stroke="#9ca3af"/>`);
  out.push('</svg>');
  return out.join('\n');
}
