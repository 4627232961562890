// Small HTTP helpers for integration tests: the public REST API (anonymous
// or with the build token) and the admin API an editor's browser uses.
import { inject } from 'vitest';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export type Entry = Record<string, unknown> & { documentId: string };
type ListBody = { data: Entry[]; meta: { pagination: { page: number; pageCount: number; total: number } } };

export async function request<T = unknown>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: body as T };
}

export const getPublic = <T = unknown>(path: string, token?: string) => request<T>('GET', path, token ? { token } : {});

/** Every entry of a collection, page by page (the API caps a page at 100). */
export async function getAll(plural: string, query = '', token?: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let page = 1; ; page++) {
    const res = await getPublic<ListBody>(
      `/api/${plural}?pagination[page]=${page}&pagination[pageSize]=100${query ? `&${query}` : ''}`,
      token,
    );
    if (res.status !== 200)
      throw new Error(`GET /api/${plural} page ${page}: ${res.status} ${JSON.stringify(res.body)}`);
    entries.push(...res.body.data);
    if (page >= res.body.meta.pagination.pageCount) return entries;
  }
}

let adminToken: string | undefined;

/** Logs in as the test admin once and returns the session's bearer token. */
export async function adminJwt(): Promise<string> {
  if (adminToken) return adminToken;
  const res = await request<{ data?: { token?: string; accessToken?: string } }>('POST', '/admin/login', {
    body: inject('admin'),
  });
  const token = res.body.data?.token ?? res.body.data?.accessToken;
  if (res.status !== 200 || !token) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  adminToken = token;
  return token;
}

/** A request to the content manager's admin API, as the editor's browser sends it. */
export async function contentManager<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return request<T>(method, `/content-manager${path}`, {
    token: await adminJwt(),
    ...(body === undefined ? {} : { body }),
  });
}

export type ValidationBody = {
  error?: {
    status: number;
    name: string;
    message: string;
    details?: { errors?: Array<{ path: string[]; message: string }> };
  };
};

/** The field paths named in a validation error, joined with dots. */
export const errorPaths = (body: ValidationBody) => (body.error?.details?.errors ?? []).map((e) => e.path.join('.'));
