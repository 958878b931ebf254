// A local https server for an organisation's rule pack, as the product only downloads over https:
// a self-signed certificate for 127.0.0.1 is made with openssl for each run (Chromium is started with
// --ignore-certificate-errors). It answers as a well-configured server does: CORS headers that let
// the extension read the pack without host permissions, and an ETag for conditional requests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PackRequest {
  method: string;
  path: string;
  ifNoneMatch?: string;
  status: number;
}

export interface PackServer {
  /** https://127.0.0.1:PORT */
  origin: string;
  requests: PackRequest[];
  close(): Promise<void>;
}

export async function servePacks(packs: Record<string, unknown>): Promise<PackServer> {
  const dir = mkdtempSync(join(tmpdir(), 'reframe-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const requests: PackRequest[] = [];
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
    const path = new URL(request.url ?? '/', 'https://127.0.0.1').pathname;
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag', 'access-control-allow-headers': 'If-None-Match' };
    const pack = packs[path];
    const body = pack === undefined ? undefined : JSON.stringify(pack);
    const etag = body === undefined ? undefined : `"${body.length}"`;
    const ifNoneMatch = request.headers['if-none-match'];
    let status = 200;
    if (request.method === 'OPTIONS') status = 204;
    else if (body === undefined) status = 404;
    else if (ifNoneMatch === etag) status = 304;
    requests.push({ method: request.method ?? '', path, ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
    response.writeHead(status, { ...cors, ...(etag ? { etag } : {}), 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(status === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `https://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => (rmSync(dir, { recursive: true, force: true }), resolve()))),
  };
}
