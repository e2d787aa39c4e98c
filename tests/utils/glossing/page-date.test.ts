// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { monthInUrl, pageMonth } from '@/utils/glossing/page-date';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('pageMonth', () => {
  it('reads the month from Open Graph, schema.org and older date tags', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2025-10-19T08:00:00+05:00">';
    expect(pageMonth(document)).toBe('2025-10');
    document.head.innerHTML = '<meta itemprop="datePublished" content="2024-02-09">';
    expect(pageMonth(document)).toBe('2024-02');
  });

  it("takes a time element's datetime inside the article, and skips values that are not dates", () => {
    document.head.innerHTML = '<meta name="date" content="yesterday">';
    document.body.innerHTML = '<article><time datetime="2022-06-05">5 June</time></article>';
    expect(pageMonth(document)).toBe('2022-06');
  });

  it('says nothing where the page gives no date (jsdom pages live at about:blank)', () => {
    document.body.innerHTML = '<p>No date here.</p><time datetime="2020-01-01">outside any article</time>';
    expect(pageMonth(document)).toBe('');
  });
});

describe('monthInUrl', () => {
  it('finds a year and month between separators, not inside an article number', () => {
    expect(monthInUrl('https://example.com/world/2025/10/19/truce-holds')).toBe('2025-10');
    expect(monthInUrl('https://example.com/news/2024-02-08-polls')).toBe('2024-02');
    expect(monthInUrl('https://www.dawn.com/news/1888630/2-soldiers-martyred')).toBe('');
    expect(monthInUrl('https://example.com/2025/13/01/x')).toBe('');
  });
});
