// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TermCard } from '@/components/TermCard';
import { ownTermToEntry, type OwnTerm } from '@/utils/own-terms/own-term';
import { checkEntryFields } from '@/utils/glossary/schema';
import type { Entry } from '@/utils/glossary/types';

const MARKUP = '<img src=x onerror="window.fired=1"> <b>bold</b> <script>window.fired=2</script>';

/** A crafted entry, as a tampered pack or a storage edit could hand the UI without the schema's checks. */
const crafted: Entry = {
  id: 'crafted',
  headword: `Crafted ${MARKUP}`,
  category: 'group',
  abbreviations: [],
  aliases: ['<svg onload="window.fired=3">'],
  summary: `Summary ${MARKUP}`,
  context: `Context ${MARKUP} javascript:alert(1)`,
  related: [],
  sources: [
    { title: 'Script URL', url: 'javascript:alert(1)' },
    { title: 'Script URL, mixed case and padded', url: ' JaVaScRiPt:alert(1)' },
    { title: 'Plain http', url: 'http://example.org/page' },
    { title: 'Data URL', url: 'data:text/html,<script>alert(1)</script>' },
    { title: 'Not a URL', url: 'not a url' },
    { title: `Good <i>source</i>`, url: 'https://example.org/good' },
  ],
  reviewed: '2026-01-01',
};

let container: HTMLElement | null = null;

function renderCard(entry: Entry): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <TermCard entry={entry} headword={() => undefined} onOpenRelated={() => undefined} contextOpen />,
    container,
  );
  return container;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  delete (window as unknown as { fired?: number }).fired;
});

describe('TermCard renders glossary text as text', () => {
  it('shows markup in the headword, aliases, summary and context literally and creates no element from it', () => {
    const card = renderCard(crafted);
    expect(card.querySelector('.term-card__headword')!.textContent).toBe(`Crafted ${MARKUP}`);
    expect(card.querySelector('.term-card__summary')!.textContent).toBe(`Summary ${MARKUP}`);
    expect(card.querySelector('.term-card__context')!.textContent).toBe(
      `Context ${MARKUP} javascript:alert(1)`,
    );
    expect(card.querySelector('.term-card__aliases')!.textContent).toContain('<svg onload="window.fired=3">');
    expect(card.querySelectorAll('img, b, script, svg, i')).toHaveLength(0);
    expect((window as unknown as { fired?: number }).fired).toBeUndefined();
  });
});

describe('TermCard source links', () => {
  it('links only https sources and leaves out javascript:, http:, data: and malformed ones', () => {
    const card = renderCard(crafted);
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.term-card__sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/good']);
    expect(links[0]!.textContent).toBe('Good <i>source</i>');
    // Opened in a new tab without a handle back to the extension page.
    expect(links[0]!.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(card.textContent).not.toContain('Script URL');
    expect(card.textContent).not.toContain('Plain http');
    expect(card.querySelectorAll('a[href^="javascript" i], a[href^="http:"], a[href^="data:"]')).toHaveLength(
      0,
    );
  });

  it('shows no source list at all when no source is https', () => {
    const card = renderCard({ ...crafted, sources: crafted.sources.slice(0, 3) });
    expect(card.querySelector('.term-card__sources')).toBeNull();
    expect(card.querySelectorAll('a')).toHaveLength(0);
  });

  it('an own term with markup and a javascript: URL in its summary shows them as text, with no link', () => {
    const term: OwnTerm = {
      id: 'own-zorbex-accord',
      headword: 'Zorbex Accord',
      aliases: [],
      abbreviation: false,
      category: 'event',
      summary: 'See javascript:alert(1) and <img src=x onerror=alert(1)> here.',
      createdAt: 0,
      updatedAt: 0,
    };
    const card = renderCard(ownTermToEntry(term));
    expect(card.querySelector('.term-card__summary')!.textContent).toBe(term.summary);
    expect(card.querySelectorAll('a, img')).toHaveLength(0);
  });
});

describe('TermCard dates its facts', () => {
  it('shows the newest source date under the summary and each source with its date', () => {
    const card = renderCard({
      ...crafted,
      sources: [
        { title: 'Encyclopedia', url: 'https://example.org/a', accessed: '2026-11-26' },
        { title: 'Report', url: 'https://example.org/b', published: '2025-12-04' },
      ],
    });
    const summary = card.querySelector('.term-card__summary')!;
    // Dates in the browser's language: en-US in the tests.
    expect(summary.nextElementSibling!.textContent).toBe('Newest source: December 4, 2025');
    const sources = [...card.querySelectorAll('.term-card__sources li')].map((li) => li.textContent);
    expect(sources).toEqual(['Encyclopedia (read November 26, 2026)', 'Report (December 4, 2025)']);
  });
});

describe('TermCard order', () => {
  it("puts the reader's note right after the summary and its date, before the longer parts", () => {
    container = document.createElement('div');
    document.body.append(container);
    render(
      <TermCard
        entry={{
          ...crafted,
          related: ['other'],
          sources: [{ title: 'A', url: 'https://example.org/a', published: '2025' }],
        }}
        headword={() => 'Other'}
        onOpenRelated={() => undefined}
      >
        <section class="the-note">note</section>
      </TermCard>,
      container,
    );
    const order = [...container.querySelector('.term-card')!.children].map((e) => e.className.split(' ')[0]);
    expect(order).toEqual([
      'term-card__header',
      'term-card__summary',
      'term-card__dated',
      'the-note',
      'term-card__more',
      'term-card__aliases',
      'term-card__related',
      'term-card__sources',
      'term-card__reviewed',
    ]);
  });
});

describe('the glossary schema', () => {
  const valid: Entry = {
    ...crafted,
    id: 'valid',
    headword: 'Valid',
    aliases: [],
    summary: 'A valid summary.',
    context: 'Some context.',
    sources: [{ title: 'Good', url: 'https://example.org/good', published: '2025-12-04' }],
  };

  it('accepts an https source', () => {
    expect(checkEntryFields(valid, 'entry "valid"')).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['http://example.org/page'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//example.org/no-scheme'],
  ])('rejects the source URL %s', (url) => {
    const problems = checkEntryFields(
      { ...valid, sources: [{ title: 'x', url, published: '2025' }] },
      'entry "valid"',
    );
    expect(problems).toEqual([
      { where: 'entry "valid"', field: 'sources[0].url', message: 'must be an https URL' },
    ]);
  });
});
