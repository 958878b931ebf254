/**
 * The toolbar badge: how many phrases are marked in the focused field of each tab. Content scripts send
 * the count; the badge belongs to their tab, so it changes with the tab in view.
 */

import { browser } from 'wxt/browser';
import { isMessage } from './messages.js';

/** Dark enough for the badge's white text to have more than 4.5:1 contrast. */
const BADGE_COLOUR = '#1a57c2';

export function keepBadgeCounts(): void {
  // Manifest V2 (Firefox) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type !== 'reframe:badge') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    void action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    return undefined;
  });
}
