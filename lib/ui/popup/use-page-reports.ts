/**
 * Asks every frame of a tab for its findings and collects the answers. A tab with no answer from its
 * top frame is one Reframe cannot run in (the browser's own pages) or has not started in yet.
 */

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isMessage, type FrameReport } from '../../extension/messages.js';

export interface PageReports {
  /** 'waiting' until the top frame answers or the wait is over. */
  reached: 'waiting' | 'yes' | 'no';
  /** Reports by frame id. */
  frames: ReadonlyMap<number, FrameReport>;
}

const WAIT_MS = 1500;

/** `refresh` changes whenever the reports should be asked for again (new rules or settings). */
export function usePageReports(tabId: number | undefined, refresh: unknown): PageReports {
  const [reports, setReports] = useState<PageReports>({ reached: 'waiting', frames: new Map() });
  useEffect(() => {
    if (tabId === undefined) return;
    const request = crypto.randomUUID();
    const frames = new Map<number, FrameReport>();
    let reached: PageReports['reached'] = 'waiting';
    const publish = () => setReports({ reached, frames: new Map(frames) });
    const listener = (message: unknown, sender: { frameId?: number; tab?: { id?: number } }) => {
      if (!isMessage(message) || message.type !== 'reframe:report' || message.request !== request || sender.tab?.id !== tabId) return;
      frames.set(sender.frameId ?? 0, message.report);
      if (message.report.top) reached = 'yes';
      publish();
    };
    browser.runtime.onMessage.addListener(listener);
    browser.tabs.sendMessage(tabId, { type: 'reframe:report-request', request }).catch(() => {
      reached = 'no';
      publish();
    });
    const timer = setTimeout(() => {
      if (reached !== 'waiting') return;
      reached = 'no';
      publish();
    }, WAIT_MS);
    return () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [tabId, refresh]);
  return reports;
}

/** The tab the popup is about: the active one, or `?tab=ID` when the popup is opened as a page. */
export async function popupTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
