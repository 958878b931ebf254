/**
 * Keeps the organisation's downloaded rule packs fresh (the background's job): on browser start, on
 * install or update, whenever the policy changes, and every hour (an alarm, since a service worker
 * does not stay alive between events). Records go to storage.local, where every tab sees them.
 */

import { browser } from 'wxt/browser';
import { CONTEXT_PACK } from '../rules/builtin.js';
import { parsePolicy } from '../rules/policy.js';
import { refreshRemotePack, storedRecords } from './remote-packs.js';
import type { RemotePackRecord } from './rule-state.js';
import { readLocal, readManaged, STORAGE_KEYS, writeLocal } from './storage.js';

const REFRESH_ALARM = 'refresh-organisation-packs';
const REFRESH_MINUTES = 60;

let queue: Promise<void> = Promise.resolve();

/** Downloads every pack the policy names, one refresh at a time, and forgets those it no longer names. */
function refreshOrganisationPacks(): Promise<void> {
  queue = queue.then(refreshNow, refreshNow);
  return queue;
}

async function refreshNow(): Promise<void> {
  const { policy } = parsePolicy(await readManaged(), [CONTEXT_PACK]);
  const urls = policy.rulePackUrls ?? [];
  const stored = storedRecords(await readLocal(STORAGE_KEYS.remotePacks));
  if (urls.length === 0 && Object.keys(stored).length === 0) return;
  const next: Record<string, RemotePackRecord> = {};
  for (const url of urls) next[url] = await refreshRemotePack(url, stored[url], (address, init) => fetch(address, init), Date.now());
  await writeLocal(STORAGE_KEYS.remotePacks, next);
}

/** Registers the background's listeners; call once, synchronously, when the background starts. */
export function keepOrganisationPacksFresh(): void {
  const refresh = () => void refreshOrganisationPacks();
  // Browsers may drop alarms on restart or update, so each start makes sure it is there.
  const start = async () => {
    if (!(await browser.alarms.get(REFRESH_ALARM))) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
    refresh();
  };
  browser.runtime.onStartup.addListener(() => void start());
  browser.runtime.onInstalled.addListener(() => void start());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) refresh();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refresh();
  });
}
