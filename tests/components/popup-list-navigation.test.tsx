// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useListNavigation } from '@/entrypoints/popup/use-list-navigation';

type Nav = ReturnType<typeof useListNavigation>;

/** Mounts the hook over a list of `length`, exposing what it returns after each render. */
async function mount(length: number, choose = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  let nav!: Nav;
  function Probe({ n }: { n: number }) {
    nav = useListNavigation('list', n, choose);
    return null;
  }
  await act(() => render(<Probe n={length} />, root));
  return {
    choose,
    nav: () => nav,
    press: async (key: string) => {
      const event = new KeyboardEvent('keydown', { key, cancelable: true });
      let handled = false;
      await act(() => {
        handled = nav.onKeyDown(event);
      });
      return { handled, prevented: event.defaultPrevented };
    },
    resize: (n: number) => act(() => render(<Probe n={n} />, root)),
  };
}

describe("the popup's list navigation", () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('moves round the list with the arrow keys and chooses with Enter', async () => {
    const list = await mount(3);
    expect(list.nav().activeOptionId).toBe('list-0');
    await list.press('ArrowUp');
    expect(list.nav().listProps.activeIndex).toBe(2);
    await list.press('ArrowDown');
    expect(list.nav().activeOptionId).toBe('list-0');
    await list.press('ArrowDown');
    expect(await list.press('Enter')).toEqual({ handled: true, prevented: true });
    expect(list.choose).toHaveBeenCalledWith(1);
  });

  it('leaves other keys to the search box, Home and End among them', async () => {
    const list = await mount(3);
    for (const key of ['Home', 'End', 'Escape', 'a'])
      expect(await list.press(key)).toEqual({ handled: false, prevented: false });
  });

  it('keeps the arrows from moving the caret even with an empty list, where Enter does nothing', async () => {
    const list = await mount(0);
    expect(list.nav().activeOptionId).toBeUndefined();
    expect(await list.press('ArrowDown')).toEqual({ handled: true, prevented: true });
    expect(await list.press('Enter')).toEqual({ handled: false, prevented: false });
    expect(list.choose).not.toHaveBeenCalled();
  });

  it('chooses the last option when the list shrank under the active one', async () => {
    const list = await mount(3);
    await list.press('ArrowUp');
    await list.resize(2);
    expect(list.nav().activeOptionId).toBe('list-1');
    await list.press('Enter');
    expect(list.choose).toHaveBeenCalledWith(1);
  });
});
