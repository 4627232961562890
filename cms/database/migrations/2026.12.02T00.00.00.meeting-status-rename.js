'use strict';
// Strapi 5 reserves the attribute name `status` on draft-and-publish types
// (the admin refused every save of a session with "Invalid status"), so the
// meeting's `status` became `meetingStatus`. Strapi runs user migrations
// before it syncs the schema; renaming the column here keeps every session's
// value, where the sync alone would add an empty `meeting_status` column and
// drop `status` with its data. A fresh database has no table yet: nothing to do.
const TABLE = 'sdd_meetings';

module.exports = {
  async up(trx, db) {
    // A fresh schema builder per statement: knex's builder collects every
    // call made on it, so a reused one never runs the rename.
    const schema = () => db.getSchemaConnection(trx);
    if (!(await schema().hasTable(TABLE))) return;
    // Both columns cannot exist: the rename and this migration arrive together.
    if (!(await schema().hasColumn(TABLE, 'status')) || (await schema().hasColumn(TABLE, 'meeting_status'))) return;
    await schema().alterTable(TABLE, (t) => t.renameColumn('status', 'meeting_status'));
  },
  async down() {
    throw new Error('meeting-status-rename cannot be undone: restore a backup instead.');
  },
};
