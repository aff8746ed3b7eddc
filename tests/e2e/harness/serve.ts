// Local stand-in for *.zznews.gov.cn: serves the fixture pages over http and https, and is
// also the HTTP proxy that Firefox's PAC script points at (Firefox has no host-resolver flag).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { extname, join } from 'node:path';
import { type Fixtures, loadFixtures } from './fixtures.ts';
import { makeTempDir } from './tmp.ts';

export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  /** PAC script sending *.zznews.gov.cn and *.example.test to `httpPort`, everything else direct. */
  proxyPacScript: string;
  /** Every request served, as an absolute URL (https for those that came through the TLS server). */
  requests: string[];
  fixtures: Fixtures;
  /** Page listing every fixture route, for people clicking around in a headful browser. */
  indexUrl: string;
  close(): Promise<void>;
}

const INDEX_PATH = '/__fixtures/';
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface ServerOptions {
  routesFile?: string;
  /** Pages made at run time, by URL (the 1,000,000-character article is generated, never committed). */
  generated?: Readonly<Record<string, () => string>>;
}

export async function startFixtureServer(opts: ServerOptions = {}): Promise<FixtureServer> {
  const fixtures = loadFixtures(opts.routesFile);
  const generated = new Map<string, string>();
  const generatedPage = (href: string) => {
    const make = opts.generated?.[href];
    if (!make) return undefined;
    if (!generated.has(href)) generated.set(href, make());
    return generated.get(href);
  };
  const requests: string[] = [];
  const certDir = makeTempDir('zhudu-cert-');
  const tunnels = new Set<Socket>();

  const handler = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse) => {
    // Proxied requests arrive in absolute form; direct ones (Chromium's host mapping) carry Host.
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    requests.push(url.href);
    if (url.pathname === INDEX_PATH) return send(res, 200, 'text/html; charset=utf-8', indexHtml(fixtures));
    const made = generatedPage(`http://${url.host}${url.pathname}`);
    if (made !== undefined) return send(res, 200, 'text/html; charset=utf-8', made);
    const file = fixtures.resolve(url.hostname, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', `Fixture file missing: ${file}\n`);
    }
    send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'text/html; charset=utf-8', body);
  };

  try {
    const { key, cert } = makeCertificate(certDir.path);
    const https = createHttpsServer({ key, cert }, handler('https'));
    const httpsPort = await listen(https);
    const http = createHttpServer(handler('http'));
    // CONNECT from the PAC proxy: whatever host was asked for, tunnel to our TLS server.
    http.on('connect', (_req: IncomingMessage, client: Socket, head: Buffer) => {
      const upstream = connect(httpsPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const s of [client, upstream]) {
        tunnels.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => {
          tunnels.delete(s);
          (s === client ? upstream : client).destroy();
        });
      }
    });
    const httpPort = await listen(http);

    const proxy = `PROXY 127.0.0.1:${httpPort}`;
    return {
      httpPort,
      httpsPort,
      proxyPacScript:
        `function FindProxyForURL(url, host) {\n` +
        `  if (host == "zznews.gov.cn" || dnsDomainIs(host, ".zznews.gov.cn") || dnsDomainIs(host, ".example.test"))\n` +
        `    return "${proxy}";\n` +
        `  return "DIRECT";\n}\n`,
      requests,
      fixtures,
      indexUrl: `http://127.0.0.1:${httpPort}${INDEX_PATH}`,
      async close() {
        for (const s of tunnels) s.destroy();
        await Promise.all([stop(http), stop(https)]);
        certDir.remove();
      },
    };
  } catch (err) {
    certDir.remove();
    throw err;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

// Throw-away cert; browsers are told to accept it (ignoreHTTPSErrors / acceptInsecureCerts).
function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=zznews.gov.cn',
      '-addext', 'subjectAltName=DNS:*.zznews.gov.cn,DNS:zznews.gov.cn,DNS:*.example.test'],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server & { closeAllConnections(): void }): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function indexHtml(fixtures: Fixtures): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = Object.entries(fixtures.file.routes)
    .map(([url, file]) => `<li><a href="${esc(url)}">${esc(url)}</a> <small>${esc(file)}</small></li>`)
    .join('\n');
  return `<!DOCTYPE html><meta charset="utf-8"><title>ZhuDu fixtures</title><h1>ZhuDu fixture pages</h1><ul>\n${items}\n</ul>\n`;
}
