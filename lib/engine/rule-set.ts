/**
 * Turns rule packs into one compiled rule set: every pattern, exception, allowed term and context
 * signal of every enabled rule goes into a single Program, with a table saying what each entry is.
 */

import type { Need, Rule, RulePack, SignalScope } from '../rules/types.js';
import { parsePattern, PatternError } from './pattern.js';
import { ProgramBuilder, type Program } from './program.js';
import { parseTemplate, TemplateError, type TemplatePart } from './template.js';
import { normalisedTokens } from './tokens.js';
import { WORD_CLASSES } from './word-classes.js';

export const enum EntryRole {
  Pattern,
  Exception,
  Allow,
  Signal,
  SignalException,
}

/** The signal whose presence in a sentence marks reported speech ("she said", "in interview"). */
export const ATTRIBUTION_SIGNAL = 'attribution';
/** The signal that `subjectIsChild: "always"` turns on everywhere. */
export const CHILD_SIGNAL = 'child';

export interface CompiledRule {
  readonly rule: Rule;
  readonly packId: string;
  readonly suggestions: readonly TemplatePart[][];
  readonly usesCaptures: boolean;
  /** Signal numbers; every inner list must have one member present. */
  readonly needs: readonly (readonly number[])[];
  /** Signal numbers; any present cancels the match. */
  readonly unless: readonly (readonly number[])[];
  readonly negation: boolean;
  /** Attribution before the phrase makes it quoted (false for rules about the writer's own framing). */
  readonly attribution: boolean;
}

export interface CompiledSignal {
  readonly name: string;
  readonly scope: SignalScope;
  /** Whether the signal has exceptions: only then must a match wait for the text's other matches. */
  readonly hasExceptions: boolean;
}

export interface RuleSet {
  readonly program: Program;
  readonly rules: readonly CompiledRule[];
  readonly signals: readonly CompiledSignal[];
  readonly entryRole: Uint8Array;
  readonly entryOwner: Int32Array;
  /** 1 for the symbol of each negating word (not, never, no...), by symbol id. */
  readonly negationSymbols: Uint8Array;
  readonly childSignal: number;
  readonly attributionSignal: number;
}

export interface Problem {
  packId: string;
  /** JSON pointer into the pack, e.g. /rules/3/patterns/0 */
  pointer: string;
  message: string;
}

export class RuleSetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.packId}${p.pointer}: ${p.message}`).join('\n'));
  }
}

export interface CompileOptions {
  disabledRules?: Iterable<string>;
  /** Rules shipped with `enabled: false` that have been switched on. */
  enabledRules?: Iterable<string>;
  /** Compile rules marked `enabled: false` too (for running every rule's examples). */
  includeDisabled?: boolean;
}

function needNames(need: Need): string[] {
  return typeof need === 'string' ? [need] : need;
}

export function compileRuleSet(packs: readonly RulePack[], options: CompileOptions = {}): RuleSet {
  const builder = new ProgramBuilder();
  const problems: Problem[] = [];
  const roles: number[] = [];
  const owners: number[] = [];
  const disabled = new Set(options.disabledRules ?? []);
  const switchedOn = new Set(options.enabledRules ?? []);

  const addPattern = (source: string, role: EntryRole, owner: number, packId: string, pointer: string): string[] | undefined => {
    try {
      const parsed = parsePattern(source);
      builder.add(parsed.root, parsed.captures);
      roles.push(role);
      owners.push(owner);
      return parsed.captures;
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      problems.push({ packId, pointer, message: error.message });
      return undefined;
    }
  };

  // Signals first: rules refer to them by name, and packs may extend one another's.
  const signals: { name: string; scope: SignalScope; hasExceptions: boolean }[] = [];
  const signalIndex = new Map<string, number>();
  for (const pack of packs) {
    for (const [name, definition] of Object.entries(pack.signals ?? {})) {
      let index = signalIndex.get(name);
      if (index === undefined) {
        index = signals.length;
        signals.push({ name, scope: definition.scope, hasExceptions: false });
        signalIndex.set(name, index);
      } else if (signals[index]!.scope !== definition.scope) {
        problems.push({ packId: pack.id, pointer: `/signals/${name}/scope`, message: `signal '${name}' is already defined with scope '${signals[index]!.scope}'` });
      }
      definition.patterns.forEach((p, i) => addPattern(p, EntryRole.Signal, index, pack.id, `/signals/${name}/patterns/${i}`));
      (definition.exceptions ?? []).forEach((p, i) => addPattern(p, EntryRole.SignalException, index, pack.id, `/signals/${name}/exceptions/${i}`));
      if (definition.exceptions?.length) signals[index]!.hasExceptions = true;
    }
  }

  const rules: CompiledRule[] = [];
  for (const pack of packs) {
    (pack.allow ?? []).forEach((p, i) => addPattern(p, EntryRole.Allow, -1, pack.id, `/allow/${i}`));
    pack.rules.forEach((rule, r) => {
      const shippedOff = rule.enabled === false && !switchedOn.has(rule.id);
      if (!options.includeDisabled && (shippedOff || disabled.has(rule.id))) return;
      const index = rules.length;
      const at = `/rules/${r}`;
      let shared: string[] | undefined;
      const byPattern: string[][] = [];
      rule.patterns.forEach((p, i) => {
        const captures = addPattern(p, EntryRole.Pattern, index, pack.id, `${at}/patterns/${i}`);
        byPattern.push(captures ?? []);
        if (captures) shared = shared === undefined ? captures : shared.filter((c) => captures.includes(c));
      });
      (rule.exceptions ?? []).forEach((p, i) => addPattern(p, EntryRole.Exception, index, pack.id, `${at}/exceptions/${i}`));
      const suggestions: TemplatePart[][] = [];
      rule.suggestions.forEach((s, i) => {
        try {
          suggestions.push(parseTemplate(s, shared ?? [], byPattern));
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error;
          problems.push({ packId: pack.id, pointer: `${at}/suggestions/${i}`, message: error.message });
        }
      });
      const signalsOf = (key: 'needs' | 'unless'): number[][] =>
        (rule.context?.[key] ?? []).map((need, i) => {
          const indices = needNames(need).map((name) => signalIndex.get(name) ?? -1);
          const unknown = needNames(need).filter((_, j) => indices[j]! < 0);
          if (unknown.length > 0) {
            const known = [...signalIndex.keys()].join(', ') || 'none';
            problems.push({ packId: pack.id, pointer: `${at}/context/${key}/${i}`, message: `unknown context signal ${unknown.map((u) => `'${u}'`).join(', ')}; defined signals: ${known}` });
          }
          return indices;
        });
      const needs = signalsOf('needs');
      const unless = signalsOf('unless');
      rules.push({
        rule,
        packId: pack.id,
        suggestions,
        usesCaptures: suggestions.some((parts) => parts.some((part) => typeof part !== 'string')),
        needs,
        unless,
        negation: rule.context?.negation !== 'ignore',
        attribution: rule.context?.attribution !== 'ignore',
      });
    });
  }

  if (problems.length > 0) throw new RuleSetError(problems);

  const negationIds: number[] = [];
  for (const member of WORD_CLASSES.negation!.members) {
    for (const token of normalisedTokens(member)) negationIds.push(builder.intern(token.text));
  }
  const program = builder.build();
  const negationSymbols = new Uint8Array(program.symbols.size + 1);
  for (const id of negationIds) negationSymbols[id] = 1;
  return {
    program,
    rules,
    signals,
    entryRole: Uint8Array.from(roles),
    entryOwner: Int32Array.from(owners),
    negationSymbols,
    childSignal: signalIndex.get(CHILD_SIGNAL) ?? -1,
    attributionSignal: signalIndex.get(ATTRIBUTION_SIGNAL) ?? -1,
  };
}
