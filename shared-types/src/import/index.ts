// Reading and checking an import file: the one implementation of the
// command line (scripts/import) and the admin page's server routes. Pure
// apart from exceljs; no Node API (files arrive as bytes).
export * from './csv.ts';
export * from './sheet.ts';
export * from './periods.ts';
export * from './cell-value.ts';
export * from './layout.ts';
export * from './extract.ts';
export * from './single-kpi.ts';
export * from './ecosystem-formats.ts';
export * from './check-catalogue.ts';
export * from './check-comparison.ts';
export * from './check-file.ts';
export * from './mapping.ts';
export * from './plan.ts';
export * from './read-file.ts';
