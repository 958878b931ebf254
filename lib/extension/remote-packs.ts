/**
 * Downloading an organisation's rule packs (policy `rulePackUrls`) and deciding what to keep. Every
 * download is a conditional request when a copy is kept (If-None-Match with its ETag; 304 keeps the
 * copy), is limited in size, and is validated like any pack. When the network or the new copy fails,
 * the last good copy stays in use and the record says why, in plain words, for the options page.
 *
 * No browser extension API here: `fetch` is passed in, so all of this runs in Node's tests.
 */

import { CONTEXT_PACK } from '../rules/builtin.js';
import { JsonSyntaxError, parseJson } from '../rules/parse-json.js';
import { describePackProblems } from '../rules/policy.js';
import { validatePack } from '../rules/validate.js';
import type { RemotePackRecord } from './rule-state.js';

/** Largest pack accepted, in bytes. The built-in packs together, with their examples, are about a third of this. */
export const MAX_PACK_BYTES = 1024 * 1024;

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Only https, so that nobody on the network path can change the rules people see. */
function isPackUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads a response body, giving up as soon as it is longer than `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return undefined;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** A record that keeps the last good copy of `previous` and says why this try failed. */
function failed(url: string, previous: RemotePackRecord | undefined, now: number, error: string): RemotePackRecord {
  const kept = previous?.pack ? ' The copy downloaded before is still in use.' : '';
  return { ...previous, url, checkedAt: now, error: `${error}${kept}` };
}

/** What to keep after a download returned `text` (with the response's ETag, if any). */
function recordFromBody(url: string, previous: RemotePackRecord | undefined, text: string, etag: string | null, now: number): RemotePackRecord {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    return failed(url, previous, now, `The rule pack at ${url} is not valid JSON (${error instanceof JsonSyntaxError ? `line ${error.line}, column ${error.column}` : 'unreadable'}).`);
  }
  const { pack, problems } = validatePack(value, { basePacks: [CONTEXT_PACK], examples: false });
  if (!pack) return failed(url, previous, now, describePackProblems(value, problems).replace(/\.$/, ` (downloaded from ${url}).`));
  return { url, pack, ...(etag ? { etag } : {}), updatedAt: now, checkedAt: now };
}

/**
 * Downloads the pack at `url` and returns the record to store. Never throws: a failure is recorded.
 * The request carries no cookies or credentials, and nothing but the address itself.
 */
export async function refreshRemotePack(url: string, previous: RemotePackRecord | undefined, fetchPack: Fetch, now: number): Promise<RemotePackRecord> {
  if (!isPackUrl(url)) return failed(url, previous, now, `${url} is not an https:// address, so it was not downloaded.`);
  const etag = previous?.pack ? previous.etag : undefined;
  const get = (headers: Record<string, string>) => fetchPack(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', headers });
  let response: Response;
  try {
    // A server that allows cross-origin reads but not the If-None-Match header fails the conditional
    // request before it is sent; it still gets a plain one.
    response = await (etag ? get({ 'If-None-Match': etag }).catch(() => get({})) : get({}));
  } catch {
    return failed(url, previous, now, `The rule pack at ${url} could not be downloaded: the server could not be reached, or it does not allow Reframe to read the pack (see "Serving a rule pack" in docs/deploy.md).`);
  }
  if (response.status === 304 && previous?.pack) {
    const { error: _cleared, ...kept } = previous;
    return { ...kept, checkedAt: now };
  }
  if (!response.ok) return failed(url, previous, now, `The rule pack at ${url} could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  if (response.url && !isPackUrl(response.url)) return failed(url, previous, now, `The rule pack at ${url} redirected to an address that is not https://, so it was not used.`);
  let text: string | undefined;
  try {
    text = await readLimited(response, MAX_PACK_BYTES);
  } catch {
    return failed(url, previous, now, `The rule pack at ${url} could not be downloaded: the connection broke off.`);
  }
  if (text === undefined) return failed(url, previous, now, `The rule pack at ${url} is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB, so it was not used.`);
  return recordFromBody(url, previous, text, response.headers.get('etag'), now);
}

/** The stored records (storage.local `remotePacks`) by address; anything unreadable counts as none. */
export function storedRecords(raw: unknown): Record<string, RemotePackRecord> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw as Record<string, RemotePackRecord>).filter(([url, record]) => record && typeof record === 'object' && record.url === url));
}
