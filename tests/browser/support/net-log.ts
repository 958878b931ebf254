// Reads the requests Chromium started from its network log (--log-net-log=FILE, written on close).
import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  /** The origin that asked for it: a page's, an extension's, or "not an origin" for the browser's own. */
  initiator: string;
}

export function loggedRequests(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === startJob && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}
