/**
 * A rule as the options page's form holds it: every field as the text a person types (lists one
 * entry per line). Converting to and from the rule format, and checking a draft through the same
 * validation and engine as any pack, live, so the form can show each problem beside its field.
 */

import { compileChecker, type Checker } from '../engine/checker.js';
import { RuleSetError } from '../engine/rule-set.js';
import type { Need, Rule, RulePack, Severity, SubjectIsChild } from './types.js';
import { exampleOutcomes, validatePack, type ExampleOutcome } from './validate.js';

export interface RuleDraft {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  /** One pattern per line. */
  patterns: string;
  exceptions: string;
  /** One need per line; alternatives on a line separated by "|". */
  needs: string;
  unless: string;
  negation: 'suppress' | 'ignore';
  attribution: 'quiet' | 'ignore';
  explanation: string;
  suggestions: string;
  source: string;
  flag: string;
  pass: string;
  enabled: boolean;
  /** A date such as 2026-11-28, or empty. */
  reviewed: string;
}

export type DraftField = keyof RuleDraft;

export const EMPTY_DRAFT: RuleDraft = {
  id: '',
  title: '',
  category: '',
  severity: 'medium',
  patterns: '',
  exceptions: '',
  needs: '',
  unless: '',
  negation: 'suppress',
  attribution: 'quiet',
  explanation: '',
  suggestions: '',
  source: '',
  flag: '',
  pass: '',
  enabled: true,
  reviewed: '',
};

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
const needsText = (needs: readonly Need[] | undefined): string => (needs ?? []).map((need) => (Array.isArray(need) ? need.join(' | ') : need)).join('\n');
const needsFrom = (text: string): Need[] =>
  lines(text).map((line) => {
    const names = line.split('|').map((name) => name.trim()).filter((name) => name !== '');
    return names.length === 1 ? names[0]! : names;
  });

export function draftFromRule(rule: Rule): RuleDraft {
  return {
    id: rule.id,
    title: rule.title,
    category: rule.category,
    severity: rule.severity,
    patterns: rule.patterns.join('\n'),
    exceptions: (rule.exceptions ?? []).join('\n'),
    needs: needsText(rule.context?.needs),
    unless: needsText(rule.context?.unless),
    negation: rule.context?.negation ?? 'suppress',
    attribution: rule.context?.attribution ?? 'quiet',
    explanation: rule.explanation,
    suggestions: rule.suggestions.join('\n'),
    source: rule.source,
    flag: rule.examples.flag.join('\n'),
    pass: rule.examples.pass.join('\n'),
    enabled: rule.enabled !== false,
    reviewed: rule.reviewed ?? '',
  };
}

/** The rule a draft describes; optional parts are left out when empty, so a saved rule stays tidy. */
export function ruleFromDraft(draft: RuleDraft): Rule {
  const context: Rule['context'] = {};
  const needs = needsFrom(draft.needs);
  const unless = needsFrom(draft.unless);
  if (needs.length > 0) context.needs = needs;
  if (unless.length > 0) context.unless = unless;
  if (draft.negation !== 'suppress') context.negation = draft.negation;
  if (draft.attribution !== 'quiet') context.attribution = draft.attribution;
  const exceptions = lines(draft.exceptions);
  return {
    id: draft.id.trim(),
    title: draft.title.trim(),
    category: draft.category.trim(),
    severity: draft.severity,
    patterns: lines(draft.patterns),
    ...(exceptions.length > 0 ? { exceptions } : {}),
    ...(Object.keys(context).length > 0 ? { context } : {}),
    explanation: draft.explanation.trim(),
    suggestions: lines(draft.suggestions),
    source: draft.source.trim(),
    examples: { flag: lines(draft.flag), pass: lines(draft.pass) },
    ...(draft.enabled ? {} : { enabled: false }),
    ...(draft.reviewed.trim() !== '' ? { reviewed: draft.reviewed.trim() } : {}),
  };
}

export interface DraftProblem {
  field: DraftField;
  /** 1-based line within a list field, when the problem is about one entry. */
  line?: number;
  message: string;
}

export interface DraftCheck {
  rule: Rule;
  problems: DraftProblem[];
  /** How each example fares (present once the rule compiles). */
  examples: ExampleOutcome[];
  /** A checker with only this rule, for the tester (present once the rule compiles). */
  checker?: Checker;
}

const FIELD_OF_KEY: Record<string, DraftField> = {
  id: 'id',
  title: 'title',
  category: 'category',
  severity: 'severity',
  patterns: 'patterns',
  exceptions: 'exceptions',
  explanation: 'explanation',
  suggestions: 'suggestions',
  source: 'source',
  enabled: 'enabled',
  reviewed: 'reviewed',
};

/** Which field of the form a JSON pointer inside the draft's rule (`/rules/0/...`) belongs to. */
function problemAt(pointer: string, message: string, rule: Rule): DraftProblem {
  const [, , , key, second, third] = pointer.split('/');
  const entry = (index: string | undefined) => (index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined);
  // Entries are counted among the non-empty lines, which is what the form shows as line numbers.
  const lineOf = (index: number | undefined) => (index === undefined ? {} : { line: index + 1 });
  if (key === 'context' && (second === 'needs' || second === 'unless')) return { field: second, ...lineOf(entry(third)), message };
  if (key === 'context' && (second === 'negation' || second === 'attribution')) return { field: second, message };
  if (key === 'examples' && (second === 'flag' || second === 'pass')) return { field: second, ...lineOf(entry(third)), message };
  if (key === 'examples' || key === 'context') return { field: key === 'examples' ? (rule.examples.flag.length < 2 ? 'flag' : 'pass') : 'needs', message };
  const field = key !== undefined ? FIELD_OF_KEY[key] : undefined;
  return field ? { field, ...lineOf(entry(second)), message } : { field: 'id', message };
}

/**
 * Checks a draft as the rule it would become, inside a pack with the given id, next to the other rules
 * already in that pack. `basePacks` supply the context signals (the built-in context pack); the tester's
 * checker reads notes as `subjectIsChild` says, while examples are always run as the validator runs them.
 */
export function checkDraft(draft: RuleDraft, pack: { id: string; otherRules: readonly Rule[] }, basePacks: readonly RulePack[], subjectIsChild: SubjectIsChild = 'detect'): DraftCheck {
  const rule = ruleFromDraft(draft);
  const candidate: RulePack = { id: pack.id, name: 'Draft', version: '1.0.0', language: 'en-GB', rules: [rule] };
  const { problems } = validatePack(candidate, { basePacks, examples: false });
  const draftProblems = problems.map((p) => problemAt(p.pointer, p.message, rule));
  if (rule.id !== '' && pack.otherRules.some((other) => other.id === rule.id)) {
    draftProblems.push({ field: 'id', message: `another rule in this pack already has the id '${rule.id}'` });
  }
  let checker: Checker | undefined;
  try {
    checker = compileChecker({ packs: [...basePacks.filter((p) => p.id !== pack.id), candidate], includeDisabled: true, overlaps: 'all', subjectIsChild });
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
  }
  const examples = checker && problems.length === 0 ? exampleOutcomes(candidate, basePacks) : [];
  for (const outcome of examples) {
    if (!outcome.ok) draftProblems.push({ field: outcome.expected, line: outcome.index + 1, message: outcome.message });
  }
  return { rule, problems: draftProblems, examples, ...(checker ? { checker } : {}) };
}
