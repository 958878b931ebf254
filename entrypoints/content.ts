import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController, type PageRules } from '../lib/dom/page-controller.js';
import { learnMoreUrl, loadRuleState, type RuleState } from '../lib/extension/rule-state.js';
import { onStorageChange, STORAGE_KEYS, writeSync } from '../lib/extension/storage.js';
import { siteAllowed } from '../lib/rules/sites.js';

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
      const { settings } = next;
      if (!settings.enabled || !siteAllowed(pageUrl(), settings.sites, settings.disabledSites)) {
        controller?.destroy();
        controller = undefined;
      } else if (controller) {
        controller.setRules(rules(next));
      } else {
        controller = new PageController(document, rules(next));
      }
    };

    // Reloaded on every change of settings, packs or policy; only the latest load is applied.
    let latest = 0;
    const reload = async () => {
      const load = ++latest;
      const next = await loadRuleState();
      if (load === latest) apply(next);
    };
    const stop = onStorageChange(() => void reload());
    await reload();
    ctx.onInvalidated(() => {
      stop();
      controller?.destroy();
      controller = undefined;
    });
  },
});
