// What the test projects' global setups hand to tests through inject().
// One declaration for all projects, included by every tsconfig that
// type-checks tests.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** cms project: base URL of the running CMS. */
    cmsUrl: string;
    /** cms project: the read-only build token. */
    buildToken: string;
    /** cms project: the data-import token (read + import write). */
    importToken: string;
    /** cms project: the preview token (read + the draft reads). */
    previewToken: string;
    /** cms project: the admin login. */
    admin: { email: string; password: string };
    /** cms project: "sqlite" or "postgres". */
    database: string;
    /** cms project: the private PostgreSQL cluster's URL (database smart_data), "" on SQLite. */
    postgresUrl: string;
    /** cms project: the running CMS's SQLite file, "" on PostgreSQL (tests that must bypass the CMS write with SQL). */
    sqliteFile: string;
    /** cms project: where the CMS sends its webhooks (a port nobody listens on until a test starts a publisher). */
    publisherPort: number;
    /** cms project: the port of the preview server the admin's "Vorschau" links point at (SDD_PREVIEW_URL). */
    previewPort: number;
    /** cms project: the webhook secret the CMS was started with. */
    webhookSecret: string;
    /** site project: base URL of the built fixture site. */
    siteUrl: string;
    /** site project: the built site's folder. */
    siteDir: string;
    /** site project: the snapshot the site was built from. */
    snapshotFile: string;
  }
}
