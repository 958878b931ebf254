/**
 * The background keeps a copy of the organisation's policy in storage.local, and every other part
 * reads the copy. In Chromium, storage.managed.get() from a content script may never answer when the
 * extension declares a managed schema and no policy is set (seen in Chromium 156), and its first
 * answer after the browser starts can take seconds; the copy is there at once, and storage.onChanged
 * tells every tab when it changes. The copy is written only when the policy differs from it.
 */

import { browser } from 'wxt/browser';
import { readLocal, readManaged, STORAGE_KEYS, writeLocal } from './storage.js';

async function updatePolicyCopy(): Promise<void> {
  const [managed, copy] = await Promise.all([readManaged(), readLocal(STORAGE_KEYS.policy)]);
  if (JSON.stringify(managed) === JSON.stringify(copy)) return;
  if (managed === undefined) await browser.storage.local.remove(STORAGE_KEYS.policy);
  else await writeLocal(STORAGE_KEYS.policy, managed);
}

/** Updates the copy now (each time the background starts) and whenever the policy changes. */
export function keepPolicyCopy(): void {
  void updatePolicyCopy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void updatePolicyCopy();
  });
}
