/** Where Reframe runs: match patterns (as in extension manifests) for allowed and blocked sites. */

import type { EffectiveSettings, Policy, SiteLists } from './settings.js';

/** scheme://host/path, the shape of an extension match pattern. */
export const MATCH_PATTERN = /^(\*|https?|file):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/;

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a URL matches a match pattern such as "https://*.example.org/*" or "<all_urls>". */
export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (pattern === '<all_urls>') return ['http', 'https', 'file'].includes(scheme);
  const match = MATCH_PATTERN.exec(pattern);
  if (!match) return false;
  const [, patternScheme, host, path] = match as unknown as [string, string, string, string];
  if (patternScheme === '*' ? scheme !== 'http' && scheme !== 'https' : patternScheme !== scheme) return false;
  if (host !== '*' && scheme !== 'file') {
    const hostname = parsed.hostname.toLowerCase();
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  const pathPattern = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return pathPattern.test(parsed.pathname + parsed.search);
}

/** Whether Reframe runs on this URL: allowed, not blocked (blocks win), and not switched off for its host. */
export function siteAllowed(url: string, sites: SiteLists, disabledHosts: readonly string[] = []): boolean {
  if (sites.block.some((pattern) => matchesPattern(url, pattern))) return false;
  if (!sites.allow.some((pattern) => matchesPattern(url, pattern))) return false;
  try {
    const host = new URL(url).hostname;
    return !disabledHosts.includes(host);
  } catch {
    return false;
  }
}

/**
 * Whether Reframe runs on a page, and if not, who decided: the person can change what they decided
 * (in the popup or options page), not what the organisation did.
 */
export type SiteStatus =
  | 'on'
  /** The person switched Reframe off everywhere. */
  | 'switched-off'
  /** The person switched Reframe off for this site. */
  | 'site-switched-off'
  /** The person's site lists (options page) leave this page out. */
  | 'site-list'
  /** The organisation's policy switches Reframe off, or leaves this page out. */
  | 'organisation';

export function siteStatus(url: string, settings: Pick<EffectiveSettings, 'enabled' | 'sites' | 'disabledSites'>, policy: Policy): SiteStatus {
  if (policy.enabled === false) return 'organisation';
  if (!settings.enabled) return 'switched-off';
  const organisationBlocks = policy.sites?.block ?? [];
  const organisationAllows = policy.sites?.allow;
  if (organisationBlocks.some((pattern) => matchesPattern(url, pattern))) return 'organisation';
  if (organisationAllows && !organisationAllows.some((pattern) => matchesPattern(url, pattern))) return 'organisation';
  if (!siteAllowed(url, settings.sites)) return 'site-list';
  return siteAllowed(url, settings.sites, settings.disabledSites) ? 'on' : 'site-switched-off';
}

/** The host name a site switch applies to, or undefined for pages without one (local files). */
export function siteHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
