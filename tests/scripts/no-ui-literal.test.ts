import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../scripts/eslint/no-ui-literal.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const error = [{ messageId: 'text' }];

tester.run('no-ui-literal', rule, {
  valid: [
    { code: "const a = <p>{t('popup_title')}</p>;" },
    { code: 'const a = <div class="row popup__list" />;' },
    { code: "if (event.key === 'Escape') close();" },
    { code: "const style = 'text-decoration: underline dotted currentColor 2px;';" },
    { code: "const selector = 'a[href], button, input';" },
    { code: "import x from 'some module';" },
    { code: "const m = { 'Some key': 1 };" },
    { code: "const s = Symbol('end of block');" },
    { code: 'const a = <p> — </p>;' },
  ],
  invalid: [
    { code: 'const a = <p>Saved</p>;', errors: error },
    { code: 'const a = <button title="Close the popover" />;', errors: error },
    { code: "const a = <input placeholder={'Search'} />;", errors: error },
    { code: "const a = <p>{done ? 'Saved' : 'Saving'}</p>;", errors: [...error, ...error] },
    { code: "const message = 'Could not save the note.';", errors: error },
    { code: "throw new Error('This file is damaged: it has no notes; import another.');", errors: error },
    { code: 'const line = `Imported ${n} notes`;', errors: error },
  ],
});
