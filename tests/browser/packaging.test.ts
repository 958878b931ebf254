// The store packages (`npm run zip`) and the Firefox build's lint: what goes to the stores is what the
// deployment guide and privacy notes describe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension/identity.js';
import { zipEntries } from './support/zip-file.js';

const root = join(import.meta.dirname, '..', '..');

describe('packaging', () => {
  let out: string;
  let zips: Record<'chrome' | 'firefox' | 'sources', Map<string, Buffer>>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'reframe-zip-'));
    execFileSync(process.execPath, [join(root, 'scripts', 'zip.js'), out], { cwd: root, stdio: 'ignore' });
    const file = (kind: string) => join(out, readdirSync(out).find((name) => name.endsWith(`-${kind}.zip`))!);
    zips = { chrome: zipEntries(file('chrome')), firefox: zipEntries(file('firefox')), sources: zipEntries(file('sources')) };
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const manifest = (entries: Map<string, Buffer>) => JSON.parse(entries.get('manifest.json')!.toString('utf8'));

  it('packages for Chrome and Edge with the policy schema, the permissions the privacy notes justify, and no development key', () => {
    const chrome = manifest(zips.chrome);
    expect(chrome.key).toBeUndefined();
    expect(chrome.permissions).toEqual(['storage', 'alarms']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(zips.chrome.has('managed_schema.json')).toBe(true);
  });

  it('packages for Firefox with its fixed add-on id and no data collection', () => {
    const firefox = manifest(zips.firefox);
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, data_collection_permissions: { required: ['none'] } });
    expect(firefox.permissions).toEqual(['storage', 'alarms']);
  });

  it("gives Firefox's reviewers the sources to rebuild from, and nothing generated or installed", () => {
    const names = [...zips.sources.keys()];
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/content.ts', 'entrypoints/background.ts', 'public/managed_schema.json', 'lib/extension/remote-packs.ts', 'rules/context.json']) {
      expect(names).toContain(needed);
    }
    expect(names.filter((name) => /^(node_modules|dist|\.output|\.wxt|tests|\.git)\//.test(name) || name.includes('/node_modules/'))).toEqual([]);
  });

  it('web-ext lint finds no errors in the Firefox build', () => {
    const dir = inject('firefoxExtensionDir');
    const result = JSON.parse(execFileSync(join(root, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } }));
    expect(result.errors).toEqual([]);
  });
});
