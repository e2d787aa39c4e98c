import { describe, expect, it } from 'vitest';
import { paramNames } from '@/utils/i18n/catalog';
import { renderBrowserMessage, toMessagesJson } from '@/utils/i18n/messages-json';

describe('toMessagesJson', () => {
  it('writes {name} as a named placeholder taking the substitution at its alphabetical place', () => {
    const json = toMessagesJson([{ greet: '{who} read {count} terms on {site}' }]);
    expect(json.greet).toEqual({
      message: '$WHO$ read $COUNT$ terms on $SITE$',
      placeholders: { count: { content: '$1' }, site: { content: '$2' }, who: { content: '$3' } },
    });
    expect(renderBrowserMessage(json.greet, ['3', 'dawn.com', 'You'])).toBe('You read 3 terms on dawn.com');
  });

  it('escapes a literal $ so the browser shows it as written', () => {
    const json = toMessagesJson([{ price: 'Costs $5 for {n}' }]);
    expect(json.price!.message).toBe('Costs $$5 for $N$');
    expect(renderBrowserMessage(json.price, ['you'])).toBe('Costs $5 for you');
  });

  it('refuses a name the browser would refuse, and a name defined twice', () => {
    expect(() => toMessagesJson([{ 'bad-name': 'x' }])).toThrow(/bad-name/);
    expect(() => toMessagesJson([{ same: 'a' }, { same: 'b' }])).toThrow(/"same" is defined twice/);
  });

  it('lists each parameter once, sorted', () => {
    expect(paramNames('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(paramNames('no parameters')).toEqual([]);
  });

  it('returns an empty string for a missing message, as the browser does', () => {
    expect(renderBrowserMessage(undefined)).toBe('');
  });
});
