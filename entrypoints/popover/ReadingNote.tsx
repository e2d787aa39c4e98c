import type { Entry } from '@/utils/glossary/types';
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
  getEntry,
  onChoose,
}: {
  reading: Reading;
  getEntry(id: string): Entry | undefined;
  onChoose(id: string): void;
}) {
  const text = readingText(reading.why, (id) => getEntry(id)?.headword ?? id);
  const others = (reading.others ?? []).map(getEntry).filter((e): e is Entry => !!e);
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
          <span>Or it means: </span>
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
