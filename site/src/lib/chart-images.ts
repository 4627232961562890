// Whether the build makes the chart images (/kennzahlen/<code>.svg,
// /kacheln/<slug>.svg) that embed pages show: they come from their own
// routes, built alongside (issue #12, downloads). Until such a route exists
// an embed page shows the values table alone rather than a broken image.
const routes = Object.keys(import.meta.glob('../pages/{kennzahlen,kacheln}/*.svg.ts'));

export const hasKpiChartImages = routes.some((r) => r.includes('/kennzahlen/'));
export const hasTileChartImages = routes.some((r) => r.includes('/kacheln/'));
