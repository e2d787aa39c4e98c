import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, HOVER_OPEN_DELAY_MS } from '../constants';
import { CATEGORIES, type Category } from '../glossary/types';
import { parseSitePattern } from './site-patterns';

/*
 * What settings are and how a stored value is read, apart from the storage item (settings.ts): the
 * content script reads settings through this module alone, so it does not carry WXT's storage library
 * and does not run the migrations in every tab (the extension pages and the background run them).
 */

export type Density = 'first' | 'all';
/** click: hovering never opens a popover. */
export type Trigger = 'hover' | 'click';
export type MarkStyle = 'dotted' | 'solid' | 'tint';
export type SiteMode = 'off-on-listed' | 'only-on-listed';

export interface Settings {
  /** Gloss pages at all. */
  enabled: boolean;
  trigger: Trigger;
  /** How long the pointer rests on a term before its popover opens, within the HOVER_DELAY_* bounds. */
  hoverDelayMs: number;
  /** Mark the first occurrence of each term, or every occurrence. */
  density: Density;
  markStyle: MarkStyle;
  /** Categories not glossed: stored as exclusions so a category added later is on by default. */
  hiddenCategories: Category[];
  /** Pack ids not used, for the same reason. */
  disabledPacks: string[];
  /** Whether `sites` lists where glossing is off, or the only places it is on. */
  siteMode: SiteMode;
  /** Normalised site patterns (see parseSitePattern). */
  sites: string[];
  /** The number of terms explained on the page, on the toolbar button. */
  badge: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  trigger: 'hover',
  hoverDelayMs: HOVER_OPEN_DELAY_MS,
  density: 'first',
  markStyle: 'dotted',
  hiddenCategories: [],
  disabledPacks: [],
  siteMode: 'off-on-listed',
  sites: [],
  badge: true,
};

/** v1 was { enabled, density }; v2 added everything else. */
export const SETTINGS_SCHEMA_VERSION = 2;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The distinct items of a list that pass `keep` (each possibly rewritten), in their first order. */
function cleanList<T>(value: unknown, keep: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<T>();
  for (const item of value) {
    const kept = keep(item);
    if (kept !== undefined) out.add(kept);
  }
  return [...out];
}

function hoverDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.hoverDelayMs;
  return Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(value)));
}

/**
 * Tolerant: keeps each valid field, replaces each invalid or missing one by its default; drops unknown
 * categories and invalid site patterns; dedupes lists. Never throws, so one bad field (from an old version,
 * a hand-edited backup or another extension build) costs only that field, never the reader's other choices.
 */
export function normaliseSettings(raw: unknown): Settings {
  return settingsFrom(raw, (item) => {
    if (typeof item !== 'string') return undefined;
    const parsed = parseSitePattern(item);
    return parsed.ok ? parsed.value : undefined;
  });
}

/**
 * normaliseSettings with the check of each site pattern left to `keepSite`. The content script only
 * reads settings (every writer has validated the sites), and parsing patterns would add a kilobyte
 * to a script parsed on every page.
 */
export function settingsFrom(raw: unknown, keepSite: (item: unknown) => string | undefined): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const d = DEFAULT_SETTINGS;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : d.enabled,
    badge: typeof value.badge === 'boolean' ? value.badge : d.badge,
    trigger: oneOf(value.trigger, ['hover', 'click'], d.trigger),
    hoverDelayMs: hoverDelay(value.hoverDelayMs),
    density: oneOf(value.density, ['first', 'all'], d.density),
    markStyle: oneOf(value.markStyle, ['dotted', 'solid', 'tint'], d.markStyle),
    hiddenCategories: cleanList(value.hiddenCategories, (item) =>
      CATEGORIES.includes(item as Category) ? (item as Category) : undefined,
    ),
    disabledPacks: cleanList(value.disabledPacks, (item) =>
      typeof item === 'string' && item.trim() ? item : undefined,
    ),
    siteMode: oneOf(value.siteMode, ['off-on-listed', 'only-on-listed'], d.siteMode),
    sites: cleanList(value.sites, keepSite),
  };
}

export const SETTINGS_KEY = 'settings';
