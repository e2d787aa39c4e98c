/**
 * ESLint rule: text shown to the reader comes from the messages catalog (utils/i18n/en/) through
 * `t()`, `tn()` or `message()`, never a literal in the code, so every word of the interface can be
 * translated. It reports:
 *  - JSX text with a letter in it ("<p>Saved</p>");
 *  - a literal with a letter given to an attribute people read or hear (title, aria-label,
 *    placeholder, alt, label…);
 *  - a literal with a letter that ends up as a JSX child ({done ? 'Saved' : 'Saving'});
 *  - anywhere else, a literal that reads as prose: two words with a space between them, and none of
 *    the characters of selectors or markup ([ ] { } = < > #) and not a CSS declaration.
 * Literals compared with `===`, `case` labels, object keys, imports, Symbol descriptions and the
 * message names given to the helpers are not shown to anyone and are left alone. A literal that only
 * looks like prose (a search query, a log line) says so in an eslint-disable comment.
 */

const SPOKEN_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
const MESSAGE_HELPERS = new Set(['t', 'tn', 'message']);
const LETTER = /\p{L}/u;
const PROSE = /\p{L}{2,}[ \u00a0]+\p{L}/u;
const CODE_CHARACTERS = /[[\]{}=<>#]/;
/** A CSS declaration ("color: red;"): prose has semicolons too, so only this shape counts as code. */
const CSS_DECLARATION = /(^|[;{])\s*[a-z-]+\s*:[^;]*;/;

/** The text of a string literal or a template's fixed parts; null for anything else. */
function literalText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
  return null;
}

/** The node a value flows into once conditionals, `??`/`||` and template slots are looked through. */
function valueParent(node) {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === 'ConditionalExpression' ||
      parent.type === 'LogicalExpression' ||
      (parent.type === 'TemplateLiteral' && child !== parent))
  ) {
    if (parent.type === 'ConditionalExpression' && parent.test === child) return parent;
    child = parent;
    parent = parent.parent;
  }
  return parent;
}

function isLeftAlone(node) {
  const parent = node.parent;
  if (!parent) return true;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
    case 'TSLiteralType':
    case 'TSExternalModuleReference':
    case 'SwitchCase':
      return true;
    case 'Property':
      return parent.key === node;
    case 'BinaryExpression':
      return ['===', '!==', '==', '!=', 'in'].includes(parent.operator);
    case 'CallExpression': {
      const callee = parent.callee;
      const name = callee.type === 'Identifier' ? callee.name : undefined;
      if (name === 'Symbol') return true;
      return name !== undefined && MESSAGE_HELPERS.has(name) && parent.arguments[0] === node;
    }
    default:
      return false;
  }
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Text shown to the reader comes from the messages catalog (utils/i18n/en/).' },
    messages: {
      text: 'Text shown to the reader comes from the messages catalog (utils/i18n/en/) through t(): "{{text}}".',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 60) } });

    const checkLiteral = (node) => {
      const text = literalText(node);
      if (text === null || !LETTER.test(text) || isLeftAlone(node)) return;
      if (node.type === 'TemplateLiteral' && node.parent.type === 'TaggedTemplateExpression') return;
      const target = valueParent(node);
      if (target?.type === 'JSXExpressionContainer') {
        const holder = target.parent;
        if (holder.type === 'JSXAttribute') {
          if (SPOKEN_ATTRIBUTES.has(String(holder.name.name))) report(node, text);
          return;
        }
        report(node, text);
        return;
      }
      if (target?.type === 'JSXAttribute') {
        if (SPOKEN_ATTRIBUTES.has(String(target.name.name))) report(node, text);
        return;
      }
      if (PROSE.test(text) && !CODE_CHARACTERS.test(text) && !CSS_DECLARATION.test(text)) report(node, text);
    };

    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      Literal: checkLiteral,
      TemplateLiteral: checkLiteral,
    };
  },
};
