// How deep a REST query's `populate` nests. Each level can multiply the
// answer (KPI → tiles → KPIs → …), so the public API refuses deep ones.
//   populate=*                                   → 1
//   populate[agendaItems]=true                   → 1
//   populate[agendaItems][populate][tiles]=true  → 2
//   populate=a.b.c (dotted paths)                → 3

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Depth of the value of one `populate` key. */
function depthOfPopulate(value: unknown): number {
  if (typeof value === 'string') return Math.max(1, ...value.split(',').map((path) => path.split('.').length));
  if (Array.isArray(value)) return Math.max(1, ...value.map(depthOfPopulate));
  if (isObject(value)) return Math.max(1, ...Object.values(value).map((child) => 1 + nestedPopulateDepth(child)));
  return 1;
}

/** Depth of the deepest `populate` anywhere inside `node` (0 = none); also finds those under `on` (dynamic zones). */
export function nestedPopulateDepth(node: unknown): number {
  if (!isObject(node)) return 0;
  let deepest = 0;
  for (const [key, value] of Object.entries(node)) {
    deepest = Math.max(deepest, key === 'populate' ? depthOfPopulate(value) : nestedPopulateDepth(value));
  }
  return deepest;
}
