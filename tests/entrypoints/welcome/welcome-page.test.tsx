// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Welcome, type WelcomeProps } from '@/entrypoints/welcome/Welcome';

const NEXT = { name: 'next-term', action: 'Go to the next glossed term and open it' };

function show(props: Partial<WelcomeProps>) {
  render(<Welcome shortcuts={[]} coverage={[]} status="on" {...props} />, document.body);
  return document.body;
}

describe('the welcome page', () => {
  afterEach(() => render(null, document.body));

  it('tells a browser without the Highlight API apart from a start that failed, and names the reason', () => {
    expect(show({ status: 'on' }).querySelector('[role="alert"]')).toBeNull();
    expect(show({ status: 'unsupported' }).querySelector('[role="alert"]')!.textContent).toMatch(
      /lacks the CSS Custom Highlight API/,
    );
    const failed = show({ status: { failed: 'storage is corrupt' } }).querySelector('[role="alert"]')!;
    expect(failed.textContent).toBe('The sample could not be glossed: storage is corrupt');
  });

  it('shows the key that steps through terms inside its sentence, or how to set one', () => {
    const bound = show({ shortcuts: [{ ...NEXT, keys: 'Alt+Shift+.' }] });
    expect(bound.querySelector('kbd')!.textContent).toBe('Alt+Shift+.');
    expect(bound.textContent).toContain('Press Alt+Shift+. to step from term to term with the keyboard.');
    const unbound = show({ shortcuts: [{ ...NEXT, keys: null }] });
    expect(unbound.textContent).toContain(
      'To step from term to term with the keyboard, give “Go to the next glossed term” a key with “Change shortcuts” below.',
    );
    expect(unbound.textContent).toContain('not set');
  });

  it('says how many entries a pack has and how current it is, in the interface language', () => {
    const page = show({
      coverage: [
        { id: 'p', name: 'Pakistan', description: 'Politics.', entries: 1244, reviewedUntil: '2026-11-28' },
      ],
    });
    expect(page.querySelector('.welcome__packs li')!.textContent).toBe(
      'Pakistan: Politics. (1,244 entries, reviewed up to November 28, 2026)',
    );
    expect(page.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-28');
  });
});
