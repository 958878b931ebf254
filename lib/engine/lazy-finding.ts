/**
 * A finding whose suggestions are worked out when first read: most findings of a long note are never
 * opened. `suggestions` is still an own, enumerable property (spreading, JSON and structured cloning
 * see it), defined with one shared accessor: an accessor made per finding, in a literal or by
 * defineProperty, costs several times as much as the rest of the finding.
 */

import type { Severity } from '../rules/types.js';
import type { Finding } from './finding.js';
import type { CompiledRule } from './rule-set.js';

export class LazyFinding implements Finding {
  declare start: number;
  declare end: number;
  declare ruleId: string;
  declare packId: string;
  declare severity: Severity;
  declare category: string;
  declare title: string;
  declare explanation: string;
  declare suggestions: string[];
  declare source: string;
  declare quoted: boolean;
  #suggestions: string[] | undefined;
  readonly #render: () => string[];

  constructor(compiled: CompiledRule, start: number, end: number, quoted: boolean, render: () => string[]) {
    const { rule } = compiled;
    // Assigned in the order of Finding's fields, as a plain finding lists them.
    this.start = start;
    this.end = end;
    this.ruleId = rule.id;
    this.packId = compiled.packId;
    this.severity = rule.severity;
    this.category = rule.category;
    this.title = rule.title;
    this.explanation = rule.explanation;
    Object.defineProperty(this, 'suggestions', SUGGESTIONS);
    this.source = rule.source;
    this.quoted = quoted;
    this.#render = render;
  }

  static suggestionsOf(finding: LazyFinding): string[] {
    return (finding.#suggestions ??= finding.#render());
  }

  static replaceSuggestions(finding: LazyFinding, suggestions: string[]): void {
    finding.#suggestions = suggestions;
  }
}

const SUGGESTIONS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyFinding): string[] {
    return LazyFinding.suggestionsOf(this);
  },
  set(this: LazyFinding, suggestions: string[]): void {
    LazyFinding.replaceSuggestions(this, suggestions);
  },
};
