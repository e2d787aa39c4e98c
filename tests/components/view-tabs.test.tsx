// @vitest-environment jsdom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewPanel, ViewTabs, type Tab } from '@/entrypoints/popup/views/ViewTabs';

function Harness() {
  const [tab, setTab] = useState<Tab>('page');
  return (
    <>
      <ViewTabs tab={tab} entryOpen={false} noteCount={2} onSelect={setTab} />
      <ViewPanel tab={tab}>list</ViewPanel>
    </>
  );
}

const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const press = (key: string) =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('the popup tabs', () => {
  afterEach(() => {
    render(null, document.body);
    document.body.innerHTML = '';
  });

  it('are one tab stop, controlling the panel, which names the selected tab', () => {
    render(<Harness />, document.body);
    expect(tabs().map((t) => [t.textContent, t.tabIndex, t.getAttribute('aria-selected')])).toEqual([
      ['On this page', 0, 'true'],
      ['My notes (2)', -1, 'false'],
    ]);
    const panel = document.querySelector('[role="tabpanel"]')!;
    for (const t of tabs()) expect(t.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs()[0]!.id);
  });

  it('move and select with the arrow keys, Home and End, focus following', async () => {
    render(<Harness />, document.body);
    tabs()[0]!.focus();
    await press('ArrowRight');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(tabs()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe(tabs()[1]!.id);
    await press('ArrowRight'); // wraps round
    expect(document.activeElement).toBe(tabs()[0]);
    await press('End');
    expect(document.activeElement).toBe(tabs()[1]);
    await press('Home');
    expect(document.activeElement).toBe(tabs()[0]);
    await press('ArrowLeft');
    expect(document.activeElement).toBe(tabs()[1]);
  });

  it('leave the body a region named for the entry while one is open over them', () => {
    render(
      <ViewPanel tab="page" entryShown="Tehrik-i-Taliban Pakistan">
        entry
      </ViewPanel>,
      document.body,
    );
    const body = document.querySelector('.popup__body')!;
    expect(body.getAttribute('role')).toBe('region');
    expect(body.getAttribute('aria-label')).toBe('Tehrik-i-Taliban Pakistan');
  });
});
