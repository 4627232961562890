// The publisher's HTTP interface on loopback:
//   POST /hooks/strapi   Strapi webhook (Bearer secret) → schedules a build (not for a saved draft)
//   POST /builds         start a build by hand (Bearer secret)
//   GET  /status         live, running and queued builds, last success and failure, history
//   GET  /health         204
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PublisherStatus } from '@sdd/shared-types';
import { eventInWords } from './event-words.ts';
import { bearer, secretMatches } from './secrets.ts';

export interface PublisherHttpDeps {
  secret: string;
  maxBodyBytes: number;
  /** `webhookBody`: the webhook that asked for the build; none for a build started by hand. */
  trigger(reason: string, webhookBody?: string): void;
  /** Sees every accepted webhook body first; answers whether the live site needs a build (default: yes). */
  onWebhook?(body: string): { live: boolean };
  /** A webhook of the CMS (with the secret) that was refused unread (too large): some change is not known. */
  onUnreadWebhook?(): void;
  status(): PublisherStatus;
}

class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `body larger than ${limit} bytes`));
      req.resume();
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `body larger than ${limit} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const send = (res: ServerResponse, status: number, body?: unknown) => {
  res.writeHead(
    status,
    body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  );
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

export function createPublisherServer(deps: PublisherHttpDeps): Server {
  const authorised = (req: IncomingMessage) => {
    if (!secretMatches(bearer(req.headers.authorization), deps.secret))
      throw new HttpError(401, 'missing or wrong secret');
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') return send(res, 204);
    if (req.method === 'GET' && path === '/status') return send(res, 200, deps.status());
    if (req.method === 'POST' && path === '/hooks/strapi') {
      authorised(req);
      const body = await readBody(req, deps.maxBodyBytes).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 413) deps.onUnreadWebhook?.();
        throw error;
      });
      if (deps.onWebhook?.(body).live ?? true) deps.trigger(eventInWords(body), body);
      return send(res, 202, { accepted: true });
    }
    if (req.method === 'POST' && path === '/builds') {
      authorised(req);
      await readBody(req, deps.maxBodyBytes);
      deps.trigger('Von Hand gestartet');
      return send(res, 202, { accepted: true });
    }
    throw new HttpError(404, 'not found');
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent) send(res, status, { error: error instanceof HttpError ? error.message : 'internal error' });
      // Unauthorised or oversized requests: drop whatever is still being sent.
      if (status === 401 || status === 413) req.resume();
    });
  });
}
