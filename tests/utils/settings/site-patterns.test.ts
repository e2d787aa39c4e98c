import { describe, expect, it } from 'vitest';
import { parseSitePattern, siteMatches } from '@/utils/settings/site-patterns';
import { isGlossingOn, toggleSite } from '@/utils/settings/site-switch';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/store';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('parseSitePattern', () => {
  it.each([
    ['dawn.com', 'dawn.com'],
    ['www.dawn.com', 'dawn.com'],
    ['https://www.dawn.com/news/123', 'dawn.com'],
    ['http://epaper.dawn.com:8080/?q=1#top', 'epaper.dawn.com'],
    ['//dawn.com/path', 'dawn.com'],
    ['*.dawn.com', 'dawn.com'],
    ['.dawn.com', 'dawn.com'],
    ['Dawn.COM', 'dawn.com'],
    ['HTTPS://WWW.Dawn.com', 'dawn.com'],
    ['  dawn.com  ', 'dawn.com'],
    ['dawn.com.', 'dawn.com'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['www.com', 'www.com'],
  ])('accepts %j as %j', (input, pattern) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, value: pattern });
  });

  it.each([
    ['', /enter a site/i],
    ['   ', /enter a site/i],
    ['dawn .com', /spaces/],
    ['dawn', /not a full site name/],
    ['com', /not a full site name/],
    ['*', /every site/],
    ['http://', /no site name/],
    ['https:///news', /no site name/],
    ['dawn_news.com', /“_”/],
    ['dawn.com!', /“!”/],
    ['*dawn.com', /“\*”/],
    ['user@dawn.com', /“@”/],
    ['dawn..com', /empty part/],
    ['-dawn.com', /not a valid site name/],
    [`${'a'.repeat(64)}.com`, /not a valid site name/],
    ['1.2.3', /not a complete IP address/],
    ['999.1.1.1', /not a valid site name/],
    [`${'a.'.repeat(127)}com`, /at most 253 characters/],
  ])('rejects %j with a clear sentence', (input, message) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/^[A-Z“].*\.$/);
    }
  });

  it('counts the length of the site name, not of a long pasted address', () => {
    expect(parseSitePattern(`https://dawn.com/${'x'.repeat(500)}`)).toEqual({
      ok: true,
      value: 'dawn.com',
    });
  });
});

describe('siteMatches', () => {
  it('covers the host and every subdomain, and nothing else', () => {
    expect(siteMatches('dawn.com', 'dawn.com')).toBe(true);
    expect(siteMatches('dawn.com', 'www.dawn.com')).toBe(true);
    expect(siteMatches('dawn.com', 'epaper.dawn.com')).toBe(true);
    expect(siteMatches('dawn.com', 'notdawn.com')).toBe(false);
    expect(siteMatches('dawn.com', 'dawn.com.pk')).toBe(false);
    expect(siteMatches('epaper.dawn.com', 'dawn.com')).toBe(false);
  });

  it('ignores case and a trailing dot', () => {
    expect(siteMatches('dawn.com', 'WWW.Dawn.COM')).toBe(true);
    expect(siteMatches('dawn.com', 'dawn.com.')).toBe(true);
    expect(siteMatches('Dawn.com', 'dawn.com')).toBe(true);
  });

  it('never matches with an empty pattern', () => {
    expect(siteMatches('', 'dawn.com')).toBe(false);
    expect(siteMatches('', '')).toBe(false);
  });
});

describe('isGlossingOn', () => {
  it('is off everywhere when glossing is disabled', () => {
    expect(isGlossingOn(settings({ enabled: false }), 'dawn.com')).toBe(false);
    expect(
      isGlossingOn(settings({ enabled: false, siteMode: 'only-on-listed', sites: ['dawn.com'] }), 'dawn.com'),
    ).toBe(false);
  });

  it('is off on listed sites in off-on-listed mode', () => {
    const s = settings({ sites: ['dawn.com'] });
    expect(isGlossingOn(s, 'www.dawn.com')).toBe(false);
    expect(isGlossingOn(s, 'bbc.co.uk')).toBe(true);
  });

  it('is on only on listed sites in only-on-listed mode', () => {
    const s = settings({ siteMode: 'only-on-listed', sites: ['dawn.com'] });
    expect(isGlossingOn(s, 'www.dawn.com')).toBe(true);
    expect(isGlossingOn(s, 'bbc.co.uk')).toBe(false);
    expect(isGlossingOn(settings({ siteMode: 'only-on-listed' }), 'dawn.com')).toBe(false);
  });
});

describe('toggleSite', () => {
  it('in off-on-listed mode lists a site that is on, turning it off', () => {
    const next = toggleSite(settings({ sites: ['bbc.co.uk'] }), 'www.dawn.com');
    expect(next.sites).toEqual(['bbc.co.uk', 'dawn.com']);
    expect(isGlossingOn(next, 'www.dawn.com')).toBe(false);
  });

  it('in off-on-listed mode removes every pattern covering a site that is off, turning it on', () => {
    const next = toggleSite(
      settings({ sites: ['dawn.com', 'bbc.co.uk', 'epaper.dawn.com'] }),
      'epaper.dawn.com',
    );
    expect(next.sites).toEqual(['bbc.co.uk']);
    expect(isGlossingOn(next, 'epaper.dawn.com')).toBe(true);
  });

  it('mirrors in only-on-listed mode', () => {
    const off = settings({ siteMode: 'only-on-listed', sites: [] });
    const on = toggleSite(off, 'dawn.com');
    expect(on.sites).toEqual(['dawn.com']);
    expect(isGlossingOn(on, 'dawn.com')).toBe(true);
    const offAgain = toggleSite(on, 'www.dawn.com');
    expect(offAgain.sites).toEqual([]);
    expect(isGlossingOn(offAgain, 'www.dawn.com')).toBe(false);
  });

  it('leaves enabled and the other settings alone, and does not mutate its input', () => {
    const before = settings({ enabled: false, sites: ['bbc.co.uk'], density: 'all' });
    const next = toggleSite(before, 'dawn.com');
    expect(next).toEqual({ ...before, sites: ['bbc.co.uk', 'dawn.com'] });
    expect(before.sites).toEqual(['bbc.co.uk']);
  });

  it('changes nothing for a hostname that cannot be a pattern', () => {
    const before = settings({ sites: ['bbc.co.uk'] });
    expect(toggleSite(before, 'intranet')).toEqual(before);
    expect(toggleSite(before, '')).toEqual(before);
  });
});
