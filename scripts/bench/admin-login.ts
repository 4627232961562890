// The benchmarks' admin: the account they start their own CMS with, and a
// login as it (the admin API's JWT), for the calls an editor's admin makes.
export const BENCH_ADMIN = { email: 'bench-admin@example.org', password: 'Bench-Admin-Passw0rd' };

/** The admin JWT of `admin` on the CMS at `cmsUrl`. */
export async function adminJwt(cmsUrl: string, admin = BENCH_ADMIN): Promise<string> {
  const res = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (!res.ok) throw new Error(`admin login on ${cmsUrl} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}
