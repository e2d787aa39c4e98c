import type { MarkStyle } from '../settings/store';

export const MARK_HIGHLIGHT = 'newsgloss-term';
export const ACTIVE_HIGHLIGHT = 'newsgloss-active';

// currentColor keeps underlines legible on light and dark pages alike; the tint and the active term
// use a translucent amber that reads on both.
const MARK_RULES: Record<MarkStyle, string> = {
  dotted: 'text-decoration: underline dotted currentColor 2px;',
  solid: 'text-decoration: underline solid currentColor 1px;',
  tint: 'background-color: rgba(255, 194, 71, 0.28);',
};

/** The stylesheet for the highlight names, in the reader's chosen mark style. */
export function markCss(style: MarkStyle, prefix = ''): string {
  return `
${prefix}::highlight(${MARK_HIGHLIGHT}) { ${MARK_RULES[style]} }
${prefix}::highlight(${ACTIVE_HIGHLIGHT}) {
  background-color: rgba(255, 194, 71, 0.45);
  text-decoration: underline solid currentColor 1px;
}
`;
}
