import { glossaryPart, type CompiledGlossary } from '@/utils/glossary/compiled-glossary';
import { joinMatchers, type TermMatcher } from '@/utils/matcher/find-terms';
import { joinContextData } from '@/utils/resolver/join-context';
import type { ContextData } from '@/utils/resolver/context-data';
import type { Settings } from '@/utils/settings/settings';

/**
 * The glossaries a page is read with: the bundled one (compiled by the build) and the reader's own terms
 * and imported packs (compiled by the background), both loaded, never built, here.
 */
export function glossariesMatcher(
  bundled: CompiledGlossary,
  reader: CompiledGlossary | null,
  settings: Settings,
): TermMatcher {
  return joinMatchers([glossaryPart(bundled, settings), ...(reader ? [glossaryPart(reader, settings)] : [])]);
}

/**
 * The resolver's data for both: the reader's copy as stored when the background joined it with this
 * bundled glossary (the usual case), else joined here (a copy stored before an update, until the
 * background has compiled it again).
 */
export function glossariesContext(bundled: CompiledGlossary, reader: CompiledGlossary | null): ContextData {
  if (reader?.joinedWith && reader.joinedWith === bundled.stamp) return reader.context;
  return joinContextData(bundled.context, reader?.context);
}
