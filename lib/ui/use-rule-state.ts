/**
 * The rule state for an extension page, kept current: it is read again whenever settings, packs or
 * the organisation's policy change, in this page or any other.
 */

import { useEffect, useState } from 'preact/hooks';
import { loadRuleState, type RuleState } from '../extension/rule-state.js';
import { onStorageChange } from '../extension/storage.js';

export function useRuleState(): RuleState | undefined {
  const [state, setState] = useState<RuleState>();
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      void loadRuleState().then((next) => {
        if (ticket === latest) setState(next);
      });
    };
    load();
    return onStorageChange(load);
  }, []);
  return state;
}
