import type { Severity } from '../rules/types.js';

/** One flagged phrase. `start`/`end` are UTF-16 offsets into the checked text. */
export interface Finding {
  start: number;
  end: number;
  ruleId: string;
  packId: string;
  severity: Severity;
  category: string;
  title: string;
  explanation: string;
  /** Replacement texts for exactly `start..end`, with the case of the matched text. */
  suggestions: string[];
  source: string;
  /** The writer is recording someone else's words (quotation marks or reported speech). */
  quoted: boolean;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
