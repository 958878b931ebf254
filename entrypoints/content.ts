import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController, type PageRules } from '../lib/dom/page-controller.js';
import { answerPopup, reportFocusedFindings } from '../lib/extension/page-reports.js';
import { learnMoreUrl, watchRuleState, type RuleState } from '../lib/extension/rule-state.js';
import { STORAGE_KEYS, writeSync } from '../lib/extension/storage.js';
import { siteStatus } from '../lib/rules/sites.js';

/** The address whose site settings apply: an about:blank or srcdoc frame belongs to its parent's page. */
function pageUrl(): string {
  if (location.protocol !== 'about:') return location.href;
  try {
    return window.parent.location.href;
  } catch {
    return document.referrer || location.href;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    let controller: PageController | undefined;
    let state: RuleState | undefined;
    const status = () => (state ? siteStatus(pageUrl(), state.settings, state.policy) : 'on');

    const rules = (current: RuleState): PageRules => ({
      startEditing: () => current.checker.startEditing(),
      canTurnOff: (ruleId) => !current.settings.locks.disable && !current.settings.policyDisabledRules.has(ruleId),
      turnOff: (ruleId) => {
        const user = { ...current.user, disabledRules: [...new Set([...current.user.disabledRules, ruleId])] };
        void writeSync(STORAGE_KEYS.settings, user);
      },
      learnMoreUrl: (finding) => learnMoreUrl(current.settings, finding),
    });

    const apply = (next: RuleState) => {
      state = next;
      if (status() !== 'on') {
        controller?.destroy();
        controller = undefined;
      } else if (controller) {
        controller.setRules(rules(next));
      } else {
        controller = new PageController(document, rules(next), { focusedFindings: reportFocusedFindings });
      }
    };

    const stopAnswering = answerPopup({ controller: () => controller, status, url: pageUrl });
    const stopWatching = watchRuleState(apply);
    ctx.onInvalidated(() => {
      stopAnswering();
      stopWatching();
      controller?.destroy();
      controller = undefined;
    });
  },
});
