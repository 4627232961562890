// A small static file server for built sites: directory indexes, the site's
// own 404 page, correct content types, no path traversal. Used for the live
// folder by `npm start` and by the browser tests. `root` is resolved per
// request, so the live folder can be switched atomically under a running server.
// It serves like the nginx example in docs/deployment.md (the tests compare
// them): its security headers, year-long caching only for Astro's
// content-hashed /_astro/ files and revalidation (ETag, 304) for everything
// else, brotli or gzip for text. The preview server
// (scripts/publisher/preview-server.ts) answers with sendStatic too.
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline, type Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { securityHeadersFor } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types worth compressing; ZIP, PNG and Pagefind's (already gzipped) index files are not. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rdf\+xml|javascript)|image\/svg\+xml)/;
/** Below this, compression costs more than it saves (nginx: gzip_min_length 512). */
const MIN_COMPRESS_BYTES = 512;

/**
 * Astro's bundles carry a content hash in their names: cache for a year. Everything else keeps its name between builds:
 * revalidate.
 */
export const cacheControlFor = (urlPath: string) =>
  urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** The site path a request means, decoded and with "." and ".." resolved (as nginx matches locations). */
const sitePathOf = (urlPath: string) => normalize(decodeURIComponent(urlPath));

function fileFor(root: string, urlPath: string): string | undefined {
  const path = resolve(root, `.${sitePathOf(urlPath)}`);
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

/** The encoding to answer with: brotli, else gzip, else none (q=0 refuses). */
function encodingFor(req: IncomingMessage): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name!.toLowerCase());
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : undefined;
}

const etagOf = (stat: Stats) => `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;

/**
 * Answers a GET or HEAD from the built site in `dir`: the file, a folder's
 * index.html, or the site's 404 page. `headers` are sent with every answer:
 * fixed, or chosen by the site path (after decoding and resolving "..", so
 * "/einbetten/..%2fkacheln/x/" gets the headers of /kacheln/x/).
 */
export function sendStatic(
  req: IncomingMessage,
  res: ServerResponse,
  dir: string,
  headers: Record<string, string> | ((sitePath: string) => Record<string, string>),
): void {
  const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
  let file: string | undefined;
  let sitePath = '/';
  try {
    sitePath = sitePathOf(urlPath);
    file = fileFor(dir, urlPath);
  } catch {
    file = undefined; // malformed URL encoding
  }
  const baseHeaders = typeof headers === 'function' ? headers(sitePath) : headers;
  const status = file ? 200 : 404;
  file ??= fileFor(dir, '/404.html');
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...baseHeaders }).end('Nicht gefunden');
    return;
  }
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...baseHeaders }).end('Nicht gefunden'); // pruned mid-request
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type) && stat.size >= MIN_COMPRESS_BYTES;
  const etag = etagOf(stat);
  // The caller's headers last: the preview's "no-store" beats the live site's caching.
  const answer: Record<string, string> = {
    'content-type': type,
    'cache-control': cacheControlFor(urlPath),
    etag,
    'last-modified': stat.mtime.toUTCString(),
    ...baseHeaders,
  };
  if (compressible) answer.vary = 'Accept-Encoding';
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, answer).end();
    return;
  }
  const encoding = compressible ? encodingFor(req) : undefined;
  if (encoding) answer['content-encoding'] = encoding;
  else answer['content-length'] = String(stat.size);
  res.writeHead(status, answer);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const source = createReadStream(file);
  const zip: Transform | undefined =
    encoding === 'br'
      ? createBrotliCompress({
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: stat.size },
        })
      : encoding === 'gzip'
        ? createGzip({ level: 6 })
        : undefined;
  // An error (e.g. a build pruned mid-request) ends the response; the client sees a cut-off transfer, not a wrong file.
  if (zip) pipeline(source, zip, res, (error) => error && res.destroy());
  else pipeline(source, res, (error) => error && res.destroy());
}

export function startStaticServer(root: () => string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => sendStatic(req, res, resolve(root()), securityHeadersFor));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
