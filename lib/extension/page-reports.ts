/**
 * The content script's side of the popup: answering "what have you found?" with this frame's findings,
 * revealing one when asked, and keeping the toolbar badge's count current.
 */

import { browser } from 'wxt/browser';
import type { PageController } from '../dom/page-controller.js';
import { fieldLabel } from '../dom/fields.js';
import type { SiteStatus } from '../rules/sites.js';
import { isMessage, type FrameReport, type Message } from './messages.js';

export interface ReportedPage {
  controller(): PageController | undefined;
  status(): SiteStatus;
  /** The address whose site settings apply. */
  url(): string;
}

function frameReport(page: ReportedPage): FrameReport {
  const top = window === window.top;
  const findings = (page.controller()?.findings() ?? []).map(({ fieldId, field, finding, phrase }) => ({
    fieldId,
    fieldLabel: fieldLabel(field),
    start: finding.start,
    end: finding.end,
    ruleId: finding.ruleId,
    title: finding.title,
    severity: finding.severity,
    quoted: finding.quoted,
    phrase,
    explanation: finding.explanation,
    suggestions: finding.suggestions,
  }));
  return { top, ...(top ? { url: page.url() } : {}), status: page.status(), findings };
}

const send = (message: Message) => browser.runtime.sendMessage(message).catch(() => undefined);

/** Answers the popup's messages for this frame until the returned function is called. */
export function answerPopup(page: ReportedPage): () => void {
  const listener = (message: unknown): Promise<boolean> | undefined => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'reframe:report-request') {
      const report = frameReport(page);
      // Frames without findings stay quiet, except the top frame, which speaks for the page.
      if (report.top || report.findings.length > 0) void send({ type: 'reframe:report', request: message.request, report });
      return undefined;
    }
    if (message.type === 'reframe:reveal') {
      return Promise.resolve(page.controller()?.reveal(message.fieldId, message.start, message.end, message.ruleId) ?? false);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells the background how many findings the focused field has, for the toolbar badge. */
export function reportFocusedFindings(count: number): void {
  void send({ type: 'reframe:badge', count });
}
