// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStoredValue, type Watch } from '@/components/use-stored-value';

/** A stored string whose load answers only when told, and whose watch can report at will. */
function fakeSource() {
  let answer: (value: string) => void = () => undefined;
  let report: (value: string) => void = () => undefined;
  const load = vi.fn(() => new Promise<string>((resolve) => (answer = resolve)));
  const stop = vi.fn();
  const watch: Watch<string> = (onChange) => {
    report = onChange;
    return stop;
  };
  return { load, watch, stop, answer: (v: string) => answer(v), report: (v: string) => report(v) };
}

/** Runs `change` and lets the promises it settles and the renders they cause happen. */
const settle = (change: () => void) =>
  act(async () => {
    change();
    await Promise.resolve();
  });

async function mount(source: ReturnType<typeof fakeSource>) {
  const root = document.createElement('div');
  document.body.append(root);
  function Shows() {
    const [value] = useStoredValue(source.load, source.watch, 'initial');
    return <p>{value}</p>;
  }
  await act(() => render(<Shows />, root));
  return root;
}

describe('useStoredValue', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the initial value, then the loaded one, then each change', async () => {
    const source = fakeSource();
    const root = await mount(source);
    expect(root.textContent).toBe('initial');
    await settle(() => source.answer('loaded'));
    expect(root.textContent).toBe('loaded');
    await settle(() => source.report('changed'));
    expect(root.textContent).toBe('changed');
    expect(source.load).toHaveBeenCalledTimes(1);
  });

  it('drops a load that answers after the watch reported', async () => {
    const source = fakeSource();
    const root = await mount(source);
    await settle(() => source.report('changed'));
    await settle(() => source.answer('older'));
    expect(root.textContent).toBe('changed');
  });

  it('stops watching on unmount and ignores what arrives later', async () => {
    const source = fakeSource();
    const root = await mount(source);
    await settle(() => render(null, root));
    expect(source.stop).toHaveBeenCalledTimes(1);
    await settle(() => source.answer('late'));
    expect(root.textContent).toBe('');
  });
});
