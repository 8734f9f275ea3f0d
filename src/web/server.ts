import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Lang } from '../engine/rule.js';
import type { ExportRequest } from './api.js';
import { loadPageAssets, type PageAssets } from './assets.js';
import { Checker } from './checker.js';

export interface ServerOptions {
  port: number;
  host: string;
  lang: Lang;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  closed: Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const DOC_TYPES: Record<string, string> = {
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
// Everything the page needs comes from this server; nothing else may load.
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'",
  'X-Content-Type-Options': 'nosniff',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** The body, up to `limit` bytes: a larger upload is refused before it is read, or as soon as it passes the limit. */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `文件太大（上限 ${(limit / 1024 / 1024).toFixed(0)} MB）`);
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Only the page itself may ask: a browser names the page a request comes from (Origin), and any
 * other site the clerk visits could otherwise post to this server. Tools that send no Origin
 * (curl, tests) are not pages.
 */
function fromOwnPage(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

function parseJson<T>(body: Buffer): T {
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    throw new HttpError(400, 'invalid JSON');
  }
}

/** /docs/… from the repository's docs folder, never outside it. */
async function serveDoc(response: ServerResponse, docsDir: string, path: string): Promise<void> {
  const file = resolve(docsDir, decodeURIComponent(path));
  const type = DOC_TYPES[extname(file)];
  if (!file.startsWith(docsDir + sep) || !type) throw new HttpError(404, '没有这个文档');
  const body = await readFile(file).catch(() => {
    throw new HttpError(404, '没有这个文档');
  });
  send(response, 200, type, body);
}

function router(assets: PageAssets, checker: Checker, host: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // On loopback, a foreign Host header means a page elsewhere reached us through DNS rebinding.
    if (LOOPBACK.has(host) && !LOOPBACK.has((request.headers.host ?? '').replace(/:\d+$/, ''))) throw new HttpError(403, 'forbidden');
    if (!fromOwnPage(request)) throw new HttpError(403, 'forbidden: another site');
    const route = `${request.method} ${url.pathname}`;
    if (route === 'GET /') return send(response, 200, 'text/html; charset=utf-8', assets.html);
    if (route === 'GET /page.js') return send(response, 200, 'text/javascript; charset=utf-8', assets.script);
    if (route === 'GET /page.css') return send(response, 200, 'text/css; charset=utf-8', assets.style);
    if (request.method === 'GET' && url.pathname.startsWith('/docs/')) return serveDoc(response, assets.docsDir, url.pathname.slice('/docs/'.length));
    if (route === 'POST /api/lint') {
      const checked = await checker.check(url.searchParams.get('name') ?? 'report.txt', await readBody(request, await checker.uploadLimit()));
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(checked));
    }
    if (route === 'POST /api/export') {
      const { format, result } = parseJson<ExportRequest>(await readBody(request, await checker.uploadLimit()));
      if (format !== 'json' && format !== 'sarif') throw new HttpError(400, `unknown format ${String(format)}`);
      return send(response, 200, 'application/json; charset=utf-8', await checker.export(format, result));
    }
    throw new HttpError(404, '没有这个页面');
  };
}

/** The checking page on this machine: the report is read and checked here and never sent anywhere else. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const assets = await loadPageAssets();
  const handle = router(assets, new Checker(process.cwd(), options.lang), options.host);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      const status = error instanceof HttpError ? error.status : 500;
      send(response, status, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
    });
  });
  const closed = new Promise<void>((done) => server.once('close', () => done()));
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(options.port, options.host, () => listening());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    closed,
    close: () =>
      new Promise<void>((done, failed) => {
        server.close((error) => (error ? failed(error) : done()));
        server.closeAllConnections();
      }),
  };
}
