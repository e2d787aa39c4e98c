/**
 * Which parts of a page are never glossed: code, form fields, editable areas, hidden subtrees, SVG and
 * MathML, embedded content, and the extension's own UI. Shadow roots are never entered (the walk follows
 * childNodes only) and frames are skipped: a deliberate choice, see "What gets glossed" in README.md.
 */

/** The custom element that hosts the popover; never scanned, never counted as the page's own. */
export const POPOVER_HOST_TAG = 'newsgloss-popover';

const XHTML = 'http://www.w3.org/1999/xhtml';

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  POPOVER_HOST_TAG.toUpperCase(),
]);

/** Elements that flow within a line: a term may run across them ("Chaman-<a>Spin Boldak</a>"). */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** True for an element whose whole subtree is left alone. */
export function isSkippedElement(element: Element): boolean {
  if (element.namespaceURI !== XHTML) return true; // SVG, MathML
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/** True for an element that does not break a line of text, so a term can span it. */
export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName) && element.namespaceURI === XHTML;
}

/** True when node sits inside a subtree that is skipped (checked upwards from node). */
export function isInsideSkipped(node: Node, root: Node | null = null): boolean {
  for (
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el && el !== root;
    el = el.parentElement
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/** The nearest ancestor (or self) that is not inline: the block a piece of text belongs to. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && isInlineElement(el) && el.parentElement) el = el.parentElement;
  return el;
}
