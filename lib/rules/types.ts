/** The rule-pack format (docs/rules.md, rules/pack.schema.json). Data only: no behaviour here. */

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** One context requirement: a signal name, or a list of names of which any one will do. */
export type Need = string | string[];

export interface RuleContext {
  /** Every entry must be present near the match (see SignalDefinition.scope). */
  needs?: Need[];
  /** Any entry present near the match cancels it (e.g. the writer has already added a caveat). */
  unless?: Need[];
  /** `suppress` (default): a negation just before the phrase ("did not consent") cancels it. */
  negation?: 'suppress' | 'ignore';
  /**
   * `quiet` (default): after "she said", "in interview"… the phrase is someone else's words and shown
   * quietly. `ignore`: the phrase is the writer's own framing of what was said ("in interview she
   * claimed…"), so attribution does not quieten it (quotation marks still do).
   */
  attribution?: 'quiet' | 'ignore';
}

export interface RuleExamples {
  flag: string[];
  pass: string[];
}

export interface Rule {
  id: string;
  title: string;
  category: string;
  severity: Severity;
  patterns: string[];
  exceptions?: string[];
  context?: RuleContext;
  explanation: string;
  suggestions: string[];
  source: string;
  examples: RuleExamples;
  enabled?: boolean;
  /** When the rule was last checked against its source ("2026-11-28"). */
  reviewed?: string;
}

export type SignalScope = 'sentence' | 'nearby' | 'note';

/** A named piece of context (a child subject, an adult, a domestic setting) that rules can require. */
export interface SignalDefinition {
  scope: SignalScope;
  patterns: string[];
  exceptions?: string[];
}

export interface RulePack {
  $schema?: string;
  id: string;
  name: string;
  version: string;
  language: 'en-GB';
  description?: string;
  rules: Rule[];
  /** Context signals this pack defines or extends (patterns are added to any of the same name). */
  signals?: Record<string, SignalDefinition>;
  /** Legal and system terms: a finding of any rule that overlaps one of these is dropped. */
  allow?: string[];
}

export type SubjectIsChild = 'detect' | 'always';
