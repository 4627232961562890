// A small static file server for built sites: directory indexes, the site's
// own 404 page, correct content types, no path traversal. Used for the live
// folder by `npm start` and by the browser tests. `root` is resolved per
// request, so the live folder can be switched atomically under a running server.
// The preview server (scripts/publisher/preview-server.ts) answers with sendStatic too.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = resolve(root, `.${normalize(decoded)}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/**
 * Answers a GET or HEAD from the built site in `dir`: the file, a folder's
 * index.html, or the site's 404 page. `headers` are sent with every answer.
 */
export function sendStatic(req: IncomingMessage, res: ServerResponse, dir: string, headers: Record<string, string>): void {
  let file: string | undefined;
  try {
    file = fileFor(dir, req.url ?? '/');
  } catch {
    file = undefined; // malformed URL encoding
  }
  const status = file ? 200 : 404;
  file ??= fileFor(dir, '/404.html');
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end('Nicht gefunden');
    return;
  }
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).on('error', () => res.destroy()).pipe(res); // e.g. a build pruned mid-request
}

export function startStaticServer(root: () => string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => sendStatic(req, res, resolve(root()), SECURITY_HEADERS));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
