// An editor as the city sets one up: invited by the admin with the role
// "Redaktion", registered through the invitation — over the admin API the
// admin's own screens use.
import { randomBytes } from 'node:crypto';
import { adminJwt, request } from '../../support/api.ts';

type Role = { id: number; name: string; code: string };

export async function roleId(code: string): Promise<number> {
  const res = await request<{ data: Role[] }>('GET', '/admin/roles', { token: await adminJwt() });
  const role = res.body.data?.find((r) => r.code === code);
  if (!role) throw new Error(`role ${code} not found: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return role.id;
}

/** Creates a registered, active admin user with the given role and returns the login. */
export async function createEditor(roleCode = 'sdd-redaktion'): Promise<{ email: string; password: string }> {
  const email = `redaktion-${randomBytes(4).toString('hex')}@example.org`;
  const password = `Redaktion-${randomBytes(6).toString('hex')}A1`;
  const token = await adminJwt();
  const invited = await request<{ data: { registrationToken?: string } }>('POST', '/admin/users', {
    token,
    body: { firstname: 'Erika', lastname: 'Redakteurin', email, roles: [await roleId(roleCode)] },
  });
  const registrationToken = invited.body.data?.registrationToken;
  if (invited.status !== 201 || !registrationToken)
    throw new Error(`inviting ${email}: ${invited.status} ${JSON.stringify(invited.body).slice(0, 300)}`);
  const registered = await request('POST', '/admin/register', {
    body: { registrationToken, userInfo: { firstname: 'Erika', lastname: 'Redakteurin', password } },
  });
  if (registered.status !== 200)
    throw new Error(`registering ${email}: ${registered.status} ${JSON.stringify(registered.body).slice(0, 300)}`);
  return { email, password };
}
