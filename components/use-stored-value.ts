import { useEffect, useState } from 'preact/hooks';

export type Load<T> = () => Promise<T>;
/** Calls onChange with the new value whenever the stored one changes; returns the way to stop. */
export type Watch<T> = (onChange: (value: T) => void) => () => void;

/**
 * Loads a stored value, then watches it, handing each value to onValue: the loaded one, then every
 * change. A load that answers after the watch has reported is dropped (it read an older value), and so
 * is anything that arrives after unmount; the watch stops on unmount. load, watch and onValue should
 * be stable (module functions, or useCallback): when one changes, the value is loaded and watched anew.
 */
export function useStoredSubscription<T>(load: Load<T>, watch: Watch<T>, onValue: (value: T) => void): void {
  useEffect(() => {
    let live = true;
    let watched = false;
    void load().then((loaded) => {
      if (live && !watched) onValue(loaded);
    });
    const stop = watch((next) => {
      watched = true;
      if (live) onValue(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, [load, watch, onValue]);
}

/** What a store's item offers (WXT's storage items): read once, and follow. */
interface StoredItem<T> {
  getValue(): Promise<T>;
  watch(onChange: (value: T) => void): () => void;
}

/**
 * A storage item as useStoredValue's load and watch: call it once, at module level, so both stay the
 * same functions from render to render.
 */
export const itemAccess = <T>(item: StoredItem<T>): readonly [Load<T>, Watch<T>] => [
  () => item.getValue(),
  (onChange) => item.watch(onChange),
];

/**
 * A stored value kept current: `initial` until load answers, then whatever watch reports (see
 * useStoredSubscription). The setter is for showing a write before storage reports it back.
 */
export function useStoredValue<T>(load: Load<T>, watch: Watch<T>, initial: T) {
  const [value, setValue] = useState<T>(initial);
  useStoredSubscription(load, watch, setValue);
  return [value, setValue] as const;
}
