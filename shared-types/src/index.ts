// Public surface of the content model. Imports no package of ours.
export * from './common.ts';
export * from './sdg-catalogue.ts';
export * from './sdg.ts';
export * from './action-taxonomy.ts';
export * from './kpi.ts';
export * from './tile.ts';
export * from './council.ts';
export * from './page.ts';
export * from './content.ts';
export * from './snapshot.ts';
export * from './demo-data.ts';
export * from './issues.ts';
export * from './cms-api.ts';
export type * from './site-view.ts';
export * from './publisher.ts';
export * from './data-import.ts';
export * from './observation-merge.ts';
export * from './search-terms.ts';
