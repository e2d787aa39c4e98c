import { loadBundledPacks } from '../../utils/glossary/bundled';
import { compileGlossary } from '../../utils/glossary/compiled-glossary';
import { matcherPart } from '../../utils/matcher/compiled-matcher';
import { joinMatchers } from '../../utils/matcher/find-terms';
import { resolveArticle } from '../../utils/resolver/read-block';
import type { Gloss } from './score';

/**
 * The bundled glossary's glosser for article texts (paragraphs separated by a blank line), through the
 * real matcher and resolver, as the content script reads blocks. Refuses a glossary with problems.
 */
export function articleGlosser(): (text: string, explain?: boolean, published?: string) => Gloss[] {
  const bundled = loadBundledPacks();
  if (bundled.problems.length)
    throw new Error(`The glossary has problems:\n  ${bundled.problems.join('\n  ')}`);
  const compiled = compileGlossary(bundled.packs);
  const matcher = joinMatchers([matcherPart(compiled.matcher)]);
  return (text, explain = false, published = '') => {
    const blocks = text.split('\n\n');
    const starts = blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length + 2, 0));
    return resolveArticle(matcher, compiled.context, blocks, published).flatMap(
      ({ block, match, resolution }) => {
        const { entryId, why, others } = resolution;
        if (explain) {
          const candidates = match.candidates.map((c) => `${c.key}/${c.role}`).join(' ');
          console.log(
            `  "${blocks[block]!.slice(match.start, match.end)}" [${candidates}] → ${entryId} ${JSON.stringify(why)} ${others.join(' ')}`,
          );
        }
        return entryId
          ? [{ start: starts[block]! + match.start, end: starts[block]! + match.end, entryId }]
          : [];
      },
    );
  };
}
