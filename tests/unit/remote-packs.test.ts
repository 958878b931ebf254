import { describe, expect, it } from 'vitest';
import { buildRuleState, type RemotePackRecord } from '../../lib/extension/rule-state.js';
import { MAX_PACK_BYTES, refreshRemotePack, storedRecords, type Fetch } from '../../lib/extension/remote-packs.js';
import { pack, rule } from './helpers/packs.js';

const URL_A = 'https://rules.example.org/pack.json';
const PACK = pack([rule({ id: 'org-sexting', patterns: ['sext+'] })], { id: 'org-pack' });
const NOW = 1_800_000_000_000;

/** A fetch that answers from a list, recording each request's headers. */
function fakeFetch(...answers: (Response | Error)[]): Fetch & { requests: { url: string; headers: Record<string, string> }[] } {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) } });
    const answer = answers.shift();
    if (!answer || answer instanceof Error) throw answer ?? new Error('no answer');
    return answer;
  };
  return Object.assign(fetch, { requests });
}

const json = (value: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(value), { status: 200, headers });
const good: RemotePackRecord = { url: URL_A, pack: PACK, etag: '"v1"', updatedAt: NOW - 1000, checkedAt: NOW - 1000 };

describe('downloading an organisation pack', () => {
  it('keeps a valid pack with its ETag and times, and sends no conditional header the first time', async () => {
    const fetch = fakeFetch(json(PACK, { etag: '"v1"' }));
    expect(await refreshRemotePack(URL_A, undefined, fetch, NOW)).toEqual({ url: URL_A, pack: PACK, etag: '"v1"', updatedAt: NOW, checkedAt: NOW });
    expect(fetch.requests).toEqual([{ url: URL_A, headers: {} }]);
  });

  it('asks with If-None-Match and keeps the copy on 304, clearing an earlier error', async () => {
    const fetch = fakeFetch(new Response(null, { status: 304 }));
    const record = await refreshRemotePack(URL_A, { ...good, error: 'earlier' }, fetch, NOW);
    expect(record).toEqual({ ...good, checkedAt: NOW });
    expect(fetch.requests[0]!.headers).toEqual({ 'If-None-Match': '"v1"' });
  });

  it('falls back to a plain request when the conditional one fails (a server that does not allow the header)', async () => {
    const fetch = fakeFetch(new TypeError('Failed to fetch'), json(PACK, { etag: '"v2"' }));
    expect(await refreshRemotePack(URL_A, good, fetch, NOW)).toMatchObject({ etag: '"v2"', updatedAt: NOW });
    expect(fetch.requests.map((r) => r.headers)).toEqual([{ 'If-None-Match': '"v1"' }, {}]);
  });

  it('keeps the last good copy when the server cannot be reached, and says so', async () => {
    const record = await refreshRemotePack(URL_A, good, fakeFetch(new TypeError('Failed to fetch'), new TypeError('Failed to fetch')), NOW);
    expect(record).toMatchObject({ pack: PACK, updatedAt: good.updatedAt, checkedAt: NOW });
    expect(record.error).toMatch(/^The rule pack at https:\/\/rules\.example\.org\/pack\.json could not be downloaded: the server could not be reached.*The copy downloaded before is still in use\.$/);
  });

  it('keeps the last good copy when the new one is invalid, naming its problems', async () => {
    const broken = { ...PACK, rules: [{ ...PACK.rules[0], severity: 'urgent' }] };
    const record = await refreshRemotePack(URL_A, good, fakeFetch(json(broken)), NOW);
    expect(record.pack).toEqual(PACK);
    expect(record.error).toMatch(/^The rule pack 'org-pack' was not used because it has problems: \/rules\/0\/severity: .* \(downloaded from https:\/\/rules\.example\.org\/pack\.json\)\. The copy downloaded before is still in use\.$/);
  });

  it('reports a server error, invalid JSON and a wrong scheme in plain words, without a copy to keep', async () => {
    expect((await refreshRemotePack(URL_A, undefined, fakeFetch(new Response('gone', { status: 404, statusText: 'Not Found' })), NOW)).error).toBe(
      `The rule pack at ${URL_A} could not be downloaded: the server answered 404 Not Found.`,
    );
    expect((await refreshRemotePack(URL_A, undefined, fakeFetch(new Response('{"id": ')), NOW)).error).toMatch(/is not valid JSON \(line 1, column \d+\)\.$/);
    const fetch = fakeFetch();
    expect(await refreshRemotePack('http://rules.example.org/pack.json', undefined, fetch, NOW)).toEqual({
      url: 'http://rules.example.org/pack.json',
      checkedAt: NOW,
      error: 'http://rules.example.org/pack.json is not an https:// address, so it was not downloaded.',
    });
    expect(fetch.requests).toEqual([]);
  });

  it('rejects a pack over the size limit, whether or not the server declares its length', async () => {
    const big = 'x'.repeat(MAX_PACK_BYTES + 1);
    for (const response of [new Response(big), new Response(big, { headers: { 'content-length': String(big.length) } })]) {
      const record = await refreshRemotePack(URL_A, good, fakeFetch(response), NOW);
      expect(record.error).toBe(`The rule pack at ${URL_A} is larger than 1 MB, so it was not used. The copy downloaded before is still in use.`);
      expect(record.pack).toEqual(PACK);
    }
  });
});

describe('stored records in the rule state', () => {
  it('ignores unreadable records and uses only packs from addresses the policy names', () => {
    expect(storedRecords([good])).toEqual({});
    expect(storedRecords({ [URL_A]: good, 'https://other.example/': { url: 'https://elsewhere.example/' }, x: null })).toEqual({ [URL_A]: good });
    const stored = { [URL_A]: good, 'https://old.example/p.json': { ...good, url: 'https://old.example/p.json' } };
    const named = buildRuleState({ rulePackUrls: [URL_A] }, undefined, undefined, stored);
    expect(named.remotePacks).toEqual([good]);
    expect(named.checker.check('She was sexting.').map((f) => f.ruleId)).toContain('org-sexting');
    expect(buildRuleState({}, undefined, undefined, stored).remotePacks).toEqual([]);
  });
});
