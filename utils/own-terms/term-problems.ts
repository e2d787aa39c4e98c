/**
 * The bundled glossary's field rules (utils/glossary/schema.ts) as the own-term form words them. The
 * schema writes its problems in English for pack authors; each rule a reader's term can break has its
 * own sentence in the messages catalog, found here from the problem's field and wording.
 */
import type { SchemaProblem } from '../glossary/schema';
import { t, tn } from '../i18n/t';

type Rule = [fields: readonly string[], wording: RegExp, sentence: (match: RegExpExecArray) => string];

const SPELLINGS = ['aliases', 'abbreviations'];

const RULES: readonly Rule[] = [
  [['id'], /^must be lower-case words joined by hyphens/, () => t('err_ownTermIdForm')],
  [['headword'], /^is required$/, () => t('err_ownTermHeadwordRequired')],
  [
    ['headword'],
    /^is longer than (\d+) characters$/,
    (m) => t('err_ownTermHeadwordTooLong', { max: Number(m[1]) }),
  ],
  [['category'], /^must be one of (.*)$/, (m) => t('err_ownTermCategory', { categories: m[1]! })],
  [SPELLINGS, /^must be a list/, () => t('err_ownTermSpellingEmpty')],
  [
    SPELLINGS,
    /^has an item longer than (\d+) characters$/,
    (m) => t('err_ownTermSpellingTooLong', { max: Number(m[1]) }),
  ],
  [
    ['abbreviations'],
    /^"(.*)" is too long for an abbreviation$/,
    (m) => t('err_ownTermAbbreviationTooLong', { spelling: m[1]! }),
  ],
  [['summary'], /^is required$/, () => t('err_ownTermSummaryRequired')],
  [
    ['summary'],
    /^has (\d+) words, at most (\d+)$/,
    (m) => tn('err_ownTermSummaryWords', Number(m[1]), { max: Number(m[2]) }),
  ],
  [['summary'], /^must be one sentence$/, () => t('err_ownTermSummaryOneSentence')],
  [
    ['context'],
    /^has (\d+) words, at most (\d+)$/,
    (m) => tn('err_ownTermContextWords', Number(m[1]), { max: Number(m[2]) }),
  ],
  [['sources[0].title'], /^is required$/, () => t('err_ownTermSourceTitle')],
  [['sources[0].url'], /^must be an https URL$/, () => t('err_ownTermSourceUrl')],
  [['sources[0].published', 'sources[0].accessed'], /^/, () => t('err_ownTermSourceDate')],
  // The form sets `reviewed` from the time of the last change, so only that time can be wrong.
  [['reviewed'], /^/, () => t('err_ownTermReviewed')],
];

/**
 * Own terms need no context and no source, but one the reader gave must follow the rules; the
 * capital-letter rule is worded for them in own-term.ts.
 */
export function appliesToOwnTerms(
  problem: SchemaProblem,
  term: { context?: string; source?: unknown },
): boolean {
  if (problem.field === 'context') return !!term.context;
  if (problem.field.startsWith('sources')) return term.source !== undefined;
  return !(problem.field === 'abbreviations' && /no capital letter/.test(problem.message));
}

/**
 * A schema problem with an own term as a sentence for the reader. A rule the form cannot break (the
 * schema's other fields) keeps the schema's wording, its quotes made curly.
 */
export function readerSentence({ field, message }: SchemaProblem): string {
  for (const [fields, wording, sentence] of RULES) {
    const match = fields.includes(field) ? wording.exec(message) : null;
    if (match) return sentence(match);
  }
  return t('err_ownTermOther', { field, problem: message.replace(/"([^"]*)"/g, '“$1”') });
}
