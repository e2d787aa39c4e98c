import type { Rule } from 'eslint';

/** The rule (no-ui-literal.js, plain JS so eslint.config.js loads it without a build), typed for tests. */
declare const rule: Rule.RuleModule;
export default rule;
