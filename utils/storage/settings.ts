import { storage } from '#imports';

export type Density = 'first' | 'all';

export interface Settings {
  /** Gloss pages at all. */
  enabled: boolean;
  /** Mark the first occurrence of each term, or every occurrence. */
  density: Density;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, density: 'first' };

/** Keeps known fields of the right type; anything else falls back to the default. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    density: value.density === 'all' || value.density === 'first' ? value.density : DEFAULT_SETTINGS.density,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}
