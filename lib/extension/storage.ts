/**
 * Where Reframe keeps things (docs/privacy.md): small preferences in storage.sync, rule packs in
 * storage.local, the organisation's policy in storage.managed (and the background's copy of it in
 * storage.local). Never any note text.
 */

import { browser } from 'wxt/browser';

export const STORAGE_KEYS = {
  /** storage.sync: UserSettings */
  settings: 'settings',
  /** storage.local: RulePack[] written by the person */
  personalPacks: 'personalPacks',
  /** storage.local: Record<url, RemotePackRecord>, kept by the background */
  remotePacks: 'remotePacks',
  /** storage.local: the organisation's policy as the background last read it (see policy-copy.ts) */
  policy: 'policy',
} as const;

/**
 * The organisation's policy, or undefined. Chrome answers {} when there is none; Firefox throws
 * ("Managed storage manifest not found"), which here means the same.
 */
export async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    const managed = await browser.storage.managed.get();
    return Object.keys(managed).length > 0 ? managed : undefined;
  } catch {
    return undefined;
  }
}

export async function readSync(key: string): Promise<unknown> {
  try {
    return (await browser.storage.sync.get(key))[key];
  } catch {
    // storage.sync can be unavailable (sync disabled by policy in some browsers); fall back to local.
    return readLocal(key);
  }
}

export async function writeSync(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.sync.set({ [key]: value });
  } catch {
    await writeLocal(key, value);
  }
}

export async function readLocal(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/** Calls back whenever settings, packs or policy change, in any storage area. */
export function onStorageChange(callback: () => void): () => void {
  const listener = () => callback();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}
