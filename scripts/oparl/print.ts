// The sync's report in German: what is (or would be) created, changed,
// unpublished or removed, grouped, at most MAX_LINES lines per group.
import type { OparlChange, OparlSyncResult } from '@sdd/shared-types';

const MAX_LINES = 50;
const TYPE = { body: 'Gremium', meeting: 'Sitzung', 'agenda-item': 'TOP' } as const;
const HEADINGS: [OparlChange['action'], string, string][] = [
  ['create', 'Neu', 'Wird angelegt'],
  ['update', 'Geändert', 'Wird geändert'],
  ['unpublish', 'Nicht mehr veröffentlicht', 'Wird nicht mehr veröffentlicht'],
  ['remove', 'Entfernt', 'Wird entfernt'],
];

function line(c: OparlChange): string {
  if (c.type === 'agenda-item') return `  ${TYPE[c.type]} ${c.name} (Sitzung „${c.detail}“)`;
  if (c.type === 'meeting' && c.action === 'create') return `  ${TYPE[c.type]} „${c.name}“, ${formatDate(c.detail)}`;
  return `  ${TYPE[c.type]} „${c.name}“${c.detail ? `: ${c.detail}` : ''}`;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
}

export function formatResult(result: OparlSyncResult): string {
  const out: string[] = [];
  for (const [action, done, planned] of HEADINGS) {
    const list = result.changes.filter((c) => c.action === action);
    if (list.length === 0) continue;
    out.push(`${result.dryRun ? planned : done} (${list.length}):`);
    out.push(...list.slice(0, MAX_LINES).map(line));
    if (list.length > MAX_LINES) out.push(`  … und ${list.length - MAX_LINES} weitere`);
  }
  const count = (type: OparlChange['type']) => result.changes.filter((c) => c.type === type).length;
  if (result.changes.length === 0) out.push('Nichts zu tun: Das CMS ist auf dem Stand des Ratsinformationssystems.');
  else
    out.push(
      `${count('body')} Gremien, ${count('meeting')} Sitzungen, ${count('agenda-item')} Tagesordnungspunkte betroffen.`,
    );
  out.push(
    result.dryRun
      ? 'Probelauf: nichts gespeichert. Übernehmen mit --apply.'
      : `Gespeichert: ${result.writes} Einträge geschrieben${result.writes > 0 ? '; die Website wird einmal neu gebaut' : ''}.`,
  );
  return out.join('\n');
}
