import { namedEntries } from '@/components/named-entries';
import { t } from '@/utils/i18n/t';
import type { Why } from '@/utils/resolver/why';
import { readingText } from './reading-text';

export interface Reading {
  why?: Why;
  others?: readonly string[];
}

/**
 * Above the entry: how NewsGloss read this mention, and the other meanings it could have, each one
 * click away (the choice holds for every such mention on the page).
 */
export function ReadingNote({
  reading,
  headword,
  onChoose,
}: {
  reading: Reading;
  /** An entry's headword; undefined for an id the glossary lacks. */
  headword(id: string): string | undefined;
  onChoose(id: string): void;
}) {
  const text = readingText(reading.why, (id) => headword(id) ?? id);
  const others = namedEntries(reading.others ?? [], headword);
  if (!text && !others.length) return null;
  return (
    <div class="popover__reading">
      {text && (
        <p class="popover__why" dir="auto">
          {text}
        </p>
      )}
      {others.length > 0 && (
        <p class="popover__others">
          <span>{t('popover_orItMeans')} </span>
          {others.map((other) => (
            <button key={other.id} type="button" class="term-card__link" onClick={() => onChoose(other.id)}>
              {other.headword}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
