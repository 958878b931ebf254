/**
 * Validation of rule packs with messages that name the place (a JSON pointer) and what is wrong.
 * A pack is checked in three layers: its shape, its patterns and templates (by compiling it), and
 * finally its rules' own examples. Every problem is reported, not just the first.
 */

import { compileChecker } from '../engine/checker.js';
import { parsePattern, PatternError } from '../engine/pattern.js';
import { RuleSetError } from '../engine/rule-set.js';
import { SEVERITIES, type RulePack } from './types.js';

export interface ValidationProblem {
  /** JSON pointer into the pack ('' for the whole pack). */
  pointer: string;
  message: string;
}

export interface ValidationResult {
  /** The pack, present only when there are no problems. */
  pack?: RulePack;
  problems: ValidationProblem[];
}

export interface ValidateOptions {
  /** Packs already in use whose context signals this pack may rely on (the built-in context pack). */
  basePacks?: readonly RulePack[];
  /** Also run each rule's examples and report those that do not behave as declared (default true). */
  examples?: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PACK_KEYS = new Set(['$schema', 'id', 'name', 'version', 'language', 'description', 'rules', 'signals', 'allow']);
const RULE_KEYS = new Set(['id', 'title', 'category', 'severity', 'patterns', 'exceptions', 'context', 'explanation', 'suggestions', 'source', 'examples', 'enabled', 'reviewed']);
const CONTEXT_KEYS = new Set(['needs', 'unless', 'negation', 'attribution']);
const SIGNAL_KEYS = new Set(['scope', 'patterns', 'exceptions']);
const SCOPES = ['sentence', 'nearby', 'note'];

/** Escapes a key for use in a JSON pointer (RFC 6901). */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `the string "${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ShapeChecker {
  readonly problems: ValidationProblem[] = [];

  problem(pointer: string, message: string): void {
    this.problems.push({ pointer, message });
  }

  object(value: unknown, pointer: string, allowed: ReadonlySet<string>, what: string): value is Record<string, unknown> {
    if (!isObject(value)) {
      this.problem(pointer, `${what} must be an object, not ${describe(value)}`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.problem(`${pointer}/${pointerKey(key)}`, `unknown property '${key}' in ${what}; allowed: ${[...allowed].join(', ')}`);
    }
    return true;
  }

  string(owner: Record<string, unknown>, key: string, pointer: string, options: { required?: boolean; pattern?: RegExp; hint?: string; max?: number } = {}): void {
    const value = owner[key];
    const at = `${pointer}/${key}`;
    if (value === undefined) {
      if (options.required !== false) this.problem(at, `'${key}' is required`);
      return;
    }
    if (typeof value !== 'string') return this.problem(at, `'${key}' must be a string, not ${describe(value)}`);
    if (value.trim() === '') return this.problem(at, `'${key}' must not be empty`);
    if (options.max !== undefined && value.length > options.max) this.problem(at, `'${key}' is ${value.length} characters long; the limit is ${options.max}`);
    if (options.pattern && !options.pattern.test(value)) this.problem(at, `'${key}' ${options.hint ?? 'has the wrong form'}: "${value}"`);
  }

  /** A list of patterns: a list of strings, each of which must parse. */
  patternList(owner: Record<string, unknown>, key: string, pointer: string, options: { required?: boolean; min?: number } = {}): void {
    this.stringList(owner, key, pointer, options);
    const value = owner[key];
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') return;
      try {
        parsePattern(item);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        this.problem(`${pointer}/${key}/${i}`, error.message);
      }
    });
  }

  stringList(owner: Record<string, unknown>, key: string, pointer: string, options: { required?: boolean; min?: number; max?: number } = {}): void {
    const value = owner[key];
    const at = `${pointer}/${key}`;
    if (value === undefined) {
      if (options.required !== false) this.problem(at, `'${key}' is required`);
      return;
    }
    if (!Array.isArray(value)) return this.problem(at, `'${key}' must be a list of strings, not ${describe(value)}`);
    const min = options.min ?? 0;
    if (value.length < min) this.problem(at, `'${key}' needs at least ${min} ${min === 1 ? 'entry' : 'entries'}; it has ${value.length}`);
    if (options.max !== undefined && value.length > options.max) this.problem(at, `'${key}' has ${value.length} entries; at most ${options.max} are allowed`);
    value.forEach((item, i) => {
      if (typeof item !== 'string') this.problem(`${at}/${i}`, `must be a string, not ${describe(item)}`);
      else if (item.trim() === '') this.problem(`${at}/${i}`, 'must not be empty');
    });
  }
}

function checkShape(value: unknown, shape: ShapeChecker): boolean {
  if (!shape.object(value, '', PACK_KEYS, 'a rule pack')) return false;
  shape.string(value, 'id', '', { pattern: ID, hint: 'must be lower case letters, digits and hyphens' });
  shape.string(value, 'name', '', { max: 120 });
  shape.string(value, 'version', '', { pattern: VERSION, hint: 'must be a version such as "1.2.0"' });
  if (value.language !== 'en-GB') shape.problem('/language', `'language' must be "en-GB", not ${describe(value.language)}`);
  shape.string(value, 'description', '', { required: false });
  shape.patternList(value, 'allow', '', { required: false });

  if (value.signals !== undefined && isObject(value.signals)) {
    for (const [name, signal] of Object.entries(value.signals)) {
      const at = `/signals/${pointerKey(name)}`;
      if (!ID.test(name)) shape.problem(at, `signal name '${name}' must be lower case letters, digits and hyphens`);
      if (!shape.object(signal, at, SIGNAL_KEYS, `signal '${name}'`)) continue;
      if (!SCOPES.includes(signal.scope as string)) shape.problem(`${at}/scope`, `'scope' must be one of ${SCOPES.join(', ')}, not ${describe(signal.scope)}`);
      shape.patternList(signal, 'patterns', at, { min: 1 });
      shape.patternList(signal, 'exceptions', at, { required: false });
    }
  } else if (value.signals !== undefined) {
    shape.problem('/signals', `'signals' must be an object, not ${describe(value.signals)}`);
  }

  if (!Array.isArray(value.rules)) {
    shape.problem('/rules', value.rules === undefined ? "'rules' is required" : `'rules' must be a list, not ${describe(value.rules)}`);
    return false;
  }
  const seen = new Map<string, number>();
  value.rules.forEach((rule: unknown, i: number) => {
    const at = `/rules/${i}`;
    if (!shape.object(rule, at, RULE_KEYS, 'a rule')) return;
    shape.string(rule, 'id', at, { pattern: ID, hint: 'must be lower case letters, digits and hyphens' });
    if (typeof rule.id === 'string') {
      const first = seen.get(rule.id);
      if (first !== undefined) shape.problem(`${at}/id`, `duplicate rule id '${rule.id}' (first used at /rules/${first})`);
      else seen.set(rule.id, i);
    }
    shape.string(rule, 'title', at, { max: 80 });
    shape.string(rule, 'category', at, { pattern: ID, hint: 'must be lower case letters, digits and hyphens' });
    if (!SEVERITIES.includes(rule.severity as never)) shape.problem(`${at}/severity`, `'severity' must be one of high, medium, low, not ${describe(rule.severity)}`);
    shape.patternList(rule, 'patterns', at, { min: 1 });
    shape.patternList(rule, 'exceptions', at, { required: false });
    shape.string(rule, 'explanation', at, { max: 600 });
    shape.stringList(rule, 'suggestions', at, { min: 1, max: 5 });
    shape.string(rule, 'source', at);
    shape.string(rule, 'reviewed', at, { required: false, pattern: DATE, hint: 'must be a date such as "2026-11-28"' });
    if (rule.enabled !== undefined && typeof rule.enabled !== 'boolean') shape.problem(`${at}/enabled`, `'enabled' must be true or false, not ${describe(rule.enabled)}`);
    if (rule.context !== undefined && shape.object(rule.context, `${at}/context`, CONTEXT_KEYS, "a rule's context")) {
      const { needs, unless, negation, attribution } = rule.context;
      if (negation !== undefined && negation !== 'suppress' && negation !== 'ignore') {
        shape.problem(`${at}/context/negation`, `'negation' must be "suppress" or "ignore", not ${describe(negation)}`);
      }
      if (attribution !== undefined && attribution !== 'quiet' && attribution !== 'ignore') {
        shape.problem(`${at}/context/attribution`, `'attribution' must be "quiet" or "ignore", not ${describe(attribution)}`);
      }
      for (const [key, list] of [['needs', needs], ['unless', unless]] as const) {
        if (list === undefined) continue;
        if (!Array.isArray(list)) shape.problem(`${at}/context/${key}`, `'${key}' must be a list, not ${describe(list)}`);
        else list.forEach((need: unknown, j: number) => {
          const ok = typeof need === 'string' || (Array.isArray(need) && need.length > 0 && need.every((n) => typeof n === 'string'));
          if (!ok) shape.problem(`${at}/context/${key}/${j}`, `each entry must be a signal name or a non-empty list of names, not ${describe(need)}`);
        });
      }
    }
    if (shape.object(rule.examples, `${at}/examples`, new Set(['flag', 'pass']), "a rule's examples")) {
      shape.stringList(rule.examples, 'flag', `${at}/examples`, { min: 2 });
      shape.stringList(rule.examples, 'pass', `${at}/examples`, { min: 2 });
    }
  });
  return shape.problems.length === 0;
}

/** Runs each rule's examples; returns a problem for every example that does not behave as declared. */
export interface ExampleOutcome {
  /** Index of the rule in its pack. */
  rule: number;
  expected: 'flag' | 'pass';
  /** Index of the example in its list. */
  index: number;
  text: string;
  /** Whether the rule behaves as the example declares. */
  ok: boolean;
  /** What the rule flagged in the example (not counting quoted words). */
  flagged: { start: number; end: number }[];
  /** The problem, in words, when not ok. */
  message: string;
}

/** Runs every rule's examples and says how each fares: the rule's own tests. */
export function exampleOutcomes(pack: RulePack, basePacks: readonly RulePack[] = []): ExampleOutcome[] {
  const packs = basePacks.filter((p) => p.id !== pack.id).concat(pack);
  const checker = compileChecker({ packs, includeDisabled: true, overlaps: 'all' });
  const outcomes: ExampleOutcome[] = [];
  pack.rules.forEach((rule, i) => {
    for (const expected of ['flag', 'pass'] as const) {
      rule.examples[expected].forEach((text, j) => {
        const flagged = checker
          .check(text)
          .filter((f) => f.ruleId === rule.id && f.packId === pack.id && !f.quoted)
          .map(({ start, end }) => ({ start, end }));
        const ok = expected === 'flag' ? flagged.length > 0 : flagged.length === 0;
        const words = flagged.map((f) => `"${text.slice(f.start, f.end)}"`).join(', ');
        const message = ok ? '' : expected === 'flag' ? `'${rule.id}' should flag this example but does not: "${text}"` : `'${rule.id}' should pass this example but flags ${words}: "${text}"`;
        outcomes.push({ rule: i, expected, index: j, text, ok, flagged, message });
      });
    }
  });
  return outcomes;
}

export function exampleProblems(pack: RulePack, basePacks: readonly RulePack[] = []): ValidationProblem[] {
  return exampleOutcomes(pack, basePacks)
    .filter((outcome) => !outcome.ok)
    .map((outcome) => ({ pointer: `/rules/${outcome.rule}/examples/${outcome.expected}/${outcome.index}`, message: outcome.message }));
}

export function validatePack(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const shape = new ShapeChecker();
  if (!checkShape(value, shape)) return { problems: shape.problems };
  const pack = value as unknown as RulePack;
  const basePacks = (options.basePacks ?? []).filter((p) => p.id !== pack.id);
  try {
    compileChecker({ packs: [...basePacks, pack], includeDisabled: true });
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return { problems: error.problems.filter((p) => p.packId === pack.id).map(({ pointer, message }) => ({ pointer, message })) };
  }
  const problems = options.examples === false ? [] : exampleProblems(pack, basePacks);
  return problems.length === 0 ? { pack, problems } : { problems };
}

/** Problems between packs that are each valid: the same rule id in two packs. */
export function conflictsBetween(packs: readonly RulePack[]): { packId: string; pointer: string; message: string }[] {
  const owner = new Map<string, string>();
  const conflicts: { packId: string; pointer: string; message: string }[] = [];
  for (const pack of packs) {
    pack.rules.forEach((rule, i) => {
      const first = owner.get(rule.id);
      if (first !== undefined && first !== pack.id) conflicts.push({ packId: pack.id, pointer: `/rules/${i}/id`, message: `rule id '${rule.id}' is already used by pack '${first}'` });
      else owner.set(rule.id, pack.id);
    });
  }
  return conflicts;
}
