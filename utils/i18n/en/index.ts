import background from './background';
import common from './common';
import components from './components';
import errors from './errors';
import glossary from './glossary';
import options from './options';
import optionsPacks from './options-packs';
import packs from './packs';
import popover from './popover';
import popup from './popup';
import sync from './sync';
import welcome from './welcome';

/**
 * The English catalog, the default locale and the one every other must match: one fragment per part of
 * the interface, so each stays small. The build writes them as `_locales/en/messages.json`.
 */
export const EN_FRAGMENTS = [
  background,
  common,
  components,
  errors,
  glossary,
  options,
  optionsPacks,
  packs,
  popover,
  popup,
  sync,
  welcome,
] as const;

export type EnCatalog = typeof background &
  typeof common &
  typeof components &
  typeof errors &
  typeof glossary &
  typeof options &
  typeof optionsPacks &
  typeof packs &
  typeof popover &
  typeof popup &
  typeof sync &
  typeof welcome;

/** The name of a message in the catalog. */
export type MessageKey = keyof EnCatalog;
