// The write goes over a connection of its own: a 90,000-value file kept the
// catalogue's keep-alive connection idle for longer than the server keeps
// it, and the write sent on it failed as "Verbindung abgebrochen".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, ImportWriteError, loadCatalogue } from '../cms.ts';

let server: Server;
let url: string;
const connections: number[] = [];
let connectionCount = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    connections.push((req.socket as unknown as { id: number }).id);
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET') return res.end(JSON.stringify({ kpis: [] }));
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const { values } = JSON.parse(body) as { values: unknown[] };
      if (values.length > 1) {
        res.statusCode = 400;
        return res.end(
          JSON.stringify({
            error: {
              message:
                'Zu viele Werte: 2 in einer Anfrage, höchstens 1. Die Datei aufteilen. Es wurde nichts gespeichert.',
            },
          }),
        );
      }
      res.end(
        JSON.stringify({
          kpis: 1,
          created: 1,
          changed: 0,
          unchanged: 0,
          perKpi: [{ code: 'KLI-01', status: 'published', created: 1, changed: 0, unchanged: 0 }],
        }),
      );
    });
  });
  server.on('connection', (socket) => Object.assign(socket, { id: ++connectionCount }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the import write', () => {
  it('never reuses the pooled connection of the catalogue read', async () => {
    await loadCatalogue(url, 'token');
    const result = await applyImport(url, 'token', [
      { code: 'KLI-01', period: '2024', series: null, value: 1, note: null },
    ]);
    expect(result.perKpi[0]!.status).toBe('published');
    expect(connections).toHaveLength(2);
    expect(connections[1]).not.toBe(connections[0]);
  });

  it("passes on the CMS's German refusal and says nothing was saved, once", async () => {
    const v = { code: 'KLI-01', period: '2024', series: null, value: 1, note: null };
    const error = await applyImport(url, 'token', [v, v]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportWriteError);
    expect((error as Error).message).toBe(
      'Das CMS hat den Import abgelehnt (400): Zu viele Werte: 2 in einer Anfrage, höchstens 1. Die Datei aufteilen. Es wurde nichts gespeichert.',
    );
  });
});
