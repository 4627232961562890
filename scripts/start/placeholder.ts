// What the web server shows before the first build is live.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writePlaceholder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Einen Moment …</title></head>' +
      '<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Einen Moment …</h1>' +
      '<p>Die Website wird gerade zum ersten Mal gebaut. Diese Seite lädt sich selbst neu.</p></body></html>',
  );
  writeFileSync(
    join(dir, '404.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Noch nicht da</title></head><body><p>Die Website wird gerade gebaut.</p></body></html>',
  );
  return dir;
}
