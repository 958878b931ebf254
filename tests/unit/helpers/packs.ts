import { compileChecker, type Checker } from '../../../lib/engine/checker.js';
import type { Rule, RulePack, SubjectIsChild } from '../../../lib/rules/types.js';
import context from '../../../rules/context.json';

export const CONTEXT = context as RulePack;

/** A complete rule with harmless defaults, so a test states only what it is about. */
export function rule(fields: Partial<Rule> & Pick<Rule, 'patterns'>): Rule {
  return {
    id: 'test-rule',
    title: 'Test rule',
    category: 'test',
    severity: 'high',
    explanation: 'An explanation.',
    suggestions: ['a suggestion'],
    source: 'A source',
    examples: { flag: ['x', 'y'], pass: ['x', 'y'] },
    ...fields,
  };
}

export function pack(rules: Rule[], fields: Partial<RulePack> = {}): RulePack {
  return { id: 'test-pack', name: 'Test pack', version: '1.0.0', language: 'en-GB', rules, ...fields };
}

/** A checker over the context pack plus the given rules, keeping overlapping findings. */
export function checkerFor(rules: Rule[], options: { subjectIsChild?: SubjectIsChild; packFields?: Partial<RulePack> } = {}): Checker {
  return compileChecker({ packs: [CONTEXT, pack(rules, options.packFields)], subjectIsChild: options.subjectIsChild ?? 'detect', overlaps: 'all' });
}

/** The matched words of each finding, for compact assertions. */
export function marked(checker: Checker, text: string): string[] {
  return checker.check(text).map((f) => text.slice(f.start, f.end));
}
