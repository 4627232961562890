// The nginx configuration in docs/deployment.md, checked by the real nginx
// binary (`nginx -t`): every ```nginx block that starts with its file name
// ("# /etc/nginx/…") is written to a temporary configuration tree, with a
// throw-away certificate in place of Let's Encrypt's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const docs = readFileSync(join(REPO_ROOT, 'docs', 'deployment.md'), 'utf8');
const blocks = [...docs.matchAll(/```nginx\n# \/etc\/nginx\/(\S+)\n([\s\S]*?)```/g)].map((m) => ({
  file: m[1]!,
  text: `${m[2]}`,
}));
const work = mkdtempSync(join(tmpdir(), 'sdd-nginx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** nginx before 1.25.1 has no "http2 on;": the docs name the older form, "listen 443 ssl http2;". */
function forThisNginx(text: string, version: string): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const hasHttp2Directive = major > 1 || minor > 25 || (minor === 25 && patch >= 1);
  if (hasHttp2Directive) return text;
  return text.replace(/^\s*http2 on;.*$/gm, '').replace(/listen (\S+ )?443 ssl;/g, 'listen $1443 ssl http2;');
}

describe.skipIf(!NGINX)('nginx examples in docs/deployment.md', () => {
  it('are all found: the site, its headers, and the CMS with its limits', () => {
    expect(blocks.map((b) => b.file)).toEqual(
      expect.arrayContaining([
        'snippets/sdd-site-headers.conf',
        'sites-available/daten.example.org',
        'conf.d/sdd-cms-limits.conf',
        'snippets/sdd-cms-proxy.conf',
        'sites-available/cms.example.org',
      ]),
    );
  });

  it('the CMS proxy limits bodies and rate-limits the API like Strapi', () => {
    const cms = blocks.find((b) => b.file === 'sites-available/cms.example.org')!.text;
    expect(cms).toMatch(/client_max_body_size 2m;/);
    expect(cms).toMatch(/location \/api\/ \{[^}]*limit_req zone=sdd_api/);
    expect(cms).toMatch(/location = \/api\/import\/observations \{[^}]*client_max_body_size 16m;/);
  });

  it('pass `nginx -t`', () => {
    const version = (spawnSync(NGINX!, ['-v'], { encoding: 'utf8' }).stderr.match(/nginx\/(\S+)/) ?? [])[1] ?? '0';
    const cert = join(work, 'cert.pem');
    const key = join(work, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=example.org',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    for (const { file, text } of blocks) {
      const target = join(work, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(
        target,
        forThisNginx(text, version)
          .replace(/\/etc\/letsencrypt\/live\/\S+\/fullchain\.pem/g, cert)
          .replace(/\/etc\/letsencrypt\/live\/\S+\/privkey\.pem/g, key),
      );
    }
    writeFileSync(
      join(work, 'nginx.conf'),
      `pid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include conf.d/*.conf;\n  include sites-available/*;\n}\n`,
    );
    const result = spawnSync(
      NGINX!,
      ['-t', '-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
