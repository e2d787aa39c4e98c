import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatSourceDate, newestSourceDate, newestSourceLine } from '@/utils/glossary/source-dates';

const src = (dates: { published?: string; accessed?: string }) => ({
  title: 't',
  url: 'https://x.org/',
  ...dates,
});

describe('source dates', () => {
  it("formats a day, a month and a year in the browser's language (en-US in the tests)", () => {
    expect(formatSourceDate('2025-12-04')).toBe('December 4, 2025');
    expect(formatSourceDate('2025-12')).toBe('December 2025');
    expect(formatSourceDate('2025')).toBe('2025');
  });

  it('writes the day first where the language does', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(formatSourceDate('2025-12-04')).toBe('4 December 2025');
    expect(formatSourceDate('2025-01-01')).toBe('1 January 2025');
    expect(formatSourceDate('2025-12')).toBe('December 2025');
  });

  it('takes the newest publication date over any later reading of an undated page', () => {
    const sources = [
      src({ accessed: '2026-11-26' }),
      src({ published: '2025-03' }),
      src({ published: '2025-12-04' }),
    ];
    expect(newestSourceDate({ sources })).toEqual({ date: '2025-12-04', kind: 'published' });
    expect(newestSourceLine({ sources })).toBe('Newest source: December 4, 2025');
  });

  it('falls back to the day an undated source was read, and says so', () => {
    expect(newestSourceLine({ sources: [src({ accessed: '2026-11-26' })] })).toBe(
      'Newest source: read November 26, 2026',
    );
    expect(newestSourceLine({ sources: [src({})] })).toBeNull();
  });
});
