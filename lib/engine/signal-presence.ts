/**
 * Which context signals a text has, sentence by sentence: what rules' `needs` and `unless` ask
 * about. Built from the signals' matches as the checker meets them.
 */

import type { SubjectIsChild } from '../rules/types.js';
import type { RuleSet } from './rule-set.js';

/** How many sentences either side a `nearby` signal reaches. */
const NEARBY_SENTENCES = 2;

export class SignalPresence {
  /** Per signal, a mark for each sentence it was found in (undefined: found nowhere). */
  private readonly marks: (Uint8Array | undefined)[];
  /** Per sentence, the last token of its first attribution ("she said"), or -1. */
  private firstAttribution: Int32Array | undefined;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly sentences: number,
    private readonly subjectIsChild: SubjectIsChild,
  ) {
    this.marks = new Array<Uint8Array | undefined>(ruleSet.signals.length);
  }

  /** Whether a match of `signal` has been recorded in `sentence` itself. */
  foundIn(signal: number, sentence: number): boolean {
    return this.marks[signal]?.[sentence] === 1;
  }

  /** Records a match of `signal` that ends at token `end` of `sentence`. Matches arrive in order of end. */
  add(signal: number, sentence: number, end: number): void {
    const marks = (this.marks[signal] ??= new Uint8Array(this.sentences));
    if (marks[sentence] === 1) return;
    marks[sentence] = 1;
    if (signal === this.ruleSet.attributionSignal) (this.firstAttribution ??= new Int32Array(this.sentences).fill(-1))[sentence] = end;
  }

  /** Reported speech: an attribution ("she said", "in interview") ending earlier in the same sentence. */
  attributedBefore(sentence: number, token: number): boolean {
    const first = this.firstAttribution?.[sentence] ?? -1;
    return first >= 0 && first < token;
  }

  has(signal: number, sentence: number): boolean {
    if (signal < 0) return false;
    if (signal === this.ruleSet.childSignal && this.subjectIsChild === 'always') return true;
    const marks = this.marks[signal];
    if (marks === undefined) return false;
    switch (this.ruleSet.signals[signal]!.scope) {
      case 'sentence':
        return marks[sentence] === 1;
      case 'nearby': {
        const last = Math.min(this.sentences - 1, sentence + NEARBY_SENTENCES);
        for (let s = Math.max(0, sentence - NEARBY_SENTENCES); s <= last; s++) if (marks[s] === 1) return true;
        return false;
      }
      case 'note':
        return true;
    }
  }

  /** Whether each list of alternatives has one signal present (a rule's `needs`). */
  hasEach(lists: readonly (readonly number[])[], sentence: number): boolean {
    for (const anyOf of lists) if (!this.hasAny(anyOf, sentence)) return false;
    return true;
  }

  /** Whether any signal of any list is present (a rule's `unless`). */
  hasAnyOf(lists: readonly (readonly number[])[], sentence: number): boolean {
    for (const anyOf of lists) if (this.hasAny(anyOf, sentence)) return true;
    return false;
  }

  private hasAny(signals: readonly number[], sentence: number): boolean {
    for (const signal of signals) if (this.has(signal, sentence)) return true;
    return false;
  }
}
