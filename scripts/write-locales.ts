import fs from 'node:fs';
import path from 'node:path';
import { EN_FRAGMENTS } from '../utils/i18n/en';
import { toMessagesJson } from '../utils/i18n/messages-json';

/** The locales the extension ships, each written from its catalog; English is the default and complete. */
const LOCALES = { en: EN_FRAGMENTS } as const;

/** Writes `_locales/<lang>/messages.json` under `dir` and returns their paths relative to it. */
export function writeLocales(dir: string): string[] {
  return Object.entries(LOCALES).map(([lang, fragments]) => {
    const file = path.join('_locales', lang, 'messages.json');
    fs.mkdirSync(path.join(dir, '_locales', lang), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `${JSON.stringify(toMessagesJson(fragments), null, 2)}\n`);
    return file;
  });
}
