// Chromium with a real organisation policy: the policy file goes into /etc/chromium/policies/managed/
// as an administrator would put it, but inside a private mount namespace (unshare) over a temporary
// copy of /etc/chromium, so the machine's own /etc never changes. Needs root and unshare, as CI has.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_ID } from '../../../lib/extension/identity.js';
import { launchWithExtension, type ExtensionBrowser } from './browser.js';

export const POLICY_EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'docs', 'policy', 'chromium-linux.json');

/** The Reframe policy in docs/policy/chromium-linux.json (for the development id). */
export function examplePolicy(): Record<string, unknown> {
  return JSON.parse(readFileSync(POLICY_EXAMPLE, 'utf8'))['3rdparty'].extensions[DEVELOPMENT_ID];
}

/** Why policy tests cannot run here, or undefined when they can. */
export function policyUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'writing /etc/chromium in a private mount namespace needs root';
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'unshare --mount is not available';
  }
}

export interface PolicyBrowser extends ExtensionBrowser {
  /** Rewrites the policy file while the browser runs; Chromium picks it up within seconds. */
  setPolicy(policy: Record<string, unknown>): void;
}

/** Starts Chromium with the extension and `policy` as the organisation's policy for its fixed id. */
export async function launchWithPolicy(policy: Record<string, unknown>, options: { args?: string[] } = {}): Promise<PolicyBrowser> {
  const root = mkdtempSync(join(tmpdir(), 'reframe-policy-'));
  const etc = join(root, 'etc-chromium');
  cpSync('/etc/chromium', etc, { recursive: true });
  const managed = join(etc, 'policies', 'managed');
  mkdirSync(managed, { recursive: true });
  const setPolicy = (value: Record<string, unknown>) => {
    writeFileSync(join(managed, 'reframe.tmp'), JSON.stringify({ '3rdparty': { extensions: { [DEVELOPMENT_ID]: value } } }));
    // Renamed into place, so Chromium never reads half a file.
    execFileSync('mv', [join(managed, 'reframe.tmp'), join(managed, 'reframe.json')]);
  };
  setPolicy(policy);
  // Playwright starts this instead of Chromium; it passes its arguments (and pipes) straight through.
  const launcher = join(root, 'chromium-with-policy');
  writeFileSync(launcher, `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" /etc/chromium && exec /usr/bin/chromium "$@"' '${etc}' "$@"\n`);
  chmodSync(launcher, 0o755);
  const browser = await launchWithExtension({ executablePath: launcher, ...(options.args ? { args: options.args } : {}) });
  return {
    ...browser,
    setPolicy,
    async close() {
      await browser.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
