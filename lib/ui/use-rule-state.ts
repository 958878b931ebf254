/**
 * The rule state for an extension page, kept current: it is read again whenever settings, packs or
 * the organisation's policy change, in this page or any other.
 */

import { useEffect, useState } from 'preact/hooks';
import { watchRuleState, type RuleState } from '../extension/rule-state.js';

export function useRuleState(): RuleState | undefined {
  const [state, setState] = useState<RuleState>();
  useEffect(() => watchRuleState(setState), []);
  return state;
}
