import { tn } from '../i18n/t';
import { isOwnTerm } from '../own-terms/own-term';
import { isNoteKey, readableNote } from '../notes/store';
import { OWN_TERMS_KEY, OWN_TERMS_SCHEMA_VERSION } from '../own-terms/store';
import { metaKey, QUARANTINE_PREFIX, storedVersion } from '../storage/quarantine';
import { SETTINGS_KEY, SETTINGS_SCHEMA_VERSION, settingsProblems } from '../settings/store';

/** At most this many keys are named in the one-line message; the rest are counted. */
const KEYS_SHOWN = 4;

/**
 * What reading storage set aside, by key: notes it could not read ("note:ttp"), own-term records
 * ("ownTerms[2]", or "ownTerms" for the whole value), settings fields reset to their default
 * ("settings.trigger", or "settings" for the whole value) and quarantined copies
 * ("quarantine:note:ttp:<time>"). Nothing here changes storage.
 */
export function setAsideKeys(all: Record<string, unknown>): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (isNoteKey(key) && !readableNote(value, all[metaKey(key)])) keys.push(key);
    // A copy of a meta value goes with the copy of its record; count the record only.
    if (key.startsWith(QUARANTINE_PREFIX) && !/\$:\d+$/.test(key)) keys.push(key);
  }

  const terms = all[OWN_TERMS_KEY];
  if (terms !== undefined && terms !== null) {
    if (!Array.isArray(terms) || storedVersion(all[metaKey(OWN_TERMS_KEY)]) > OWN_TERMS_SCHEMA_VERSION) {
      keys.push(OWN_TERMS_KEY);
    } else {
      terms.forEach((record, i) => {
        if (!isOwnTerm(record)) keys.push(`${OWN_TERMS_KEY}[${i}]`);
      });
    }
  }

  if (storedVersion(all[metaKey(SETTINGS_KEY)]) > SETTINGS_SCHEMA_VERSION) keys.push(SETTINGS_KEY);
  else {
    for (const field of settingsProblems(all[SETTINGS_KEY]))
      keys.push(field === '*' ? SETTINGS_KEY : `${SETTINGS_KEY}.${field}`);
  }
  return keys;
}

/** One line for the reader, or null when nothing was set aside. */
export function describeSetAside(keys: readonly string[]): string | null {
  if (keys.length === 0) return null;
  // Storage keys, as they are: the reader can look for them in the browser's storage.
  const shown = keys.slice(0, KEYS_SHOWN).join(', ');
  if (keys.length <= KEYS_SHOWN) return tn('err_setAside', keys.length, { keys: shown });
  return tn('err_setAsideMore', keys.length, { keys: shown, more: keys.length - KEYS_SHOWN });
}
