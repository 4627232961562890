// Side panel "Werte" in the content manager's edit view of a KPI: how many
// values there are, the ×10 warnings of what is in the form now (so they are
// seen before publishing), and the button that opens the value table. The
// table writes the same repeatable `observation` rows into the form that the
// stock editor would, so saving, publishing, the snapshot and the import are
// unchanged. The stock editor of those rows is hidden (server bootstrap,
// `hide-raw-observations.ts`): its number input reads "12,5" as 125.
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import { useMemo, useState } from 'react';
import { findValueJumps, UID } from '@sdd/shared-types';
import { gridFromObservations, observationsFromGrid, type FormObservation } from './grid';
import { jumpText } from './messages';
import { ValuesTable } from './ValuesTable';

const NO_OBSERVATIONS: FormObservation[] = [];

function KpiValuesPanelContent() {
  const observations = useForm(
    'KpiValuesPanel',
    (s) => (s.values as { observations?: FormObservation[] | null }).observations ?? NO_OBSERVATIONS,
  );
  const onChange = useForm('KpiValuesPanel', (s) => s.onChange);
  const disabled = useForm('KpiValuesPanel', (s) => s.disabled);
  const [open, setOpen] = useState(false);
  const jumps = useMemo(() => findValueJumps(observations), [observations]);
  const periods = new Set(observations.map((o) => o.period));
  const series = new Set(observations.map((o) => o.series ?? null));
  const latest = [...periods].sort().at(-1);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="kpi-values-panel">
      <Typography variant="omega">
        {observations.length === 0
          ? 'Noch keine Werte.'
          : `${observations.length} Werte in ${periods.size} Zeiträumen${series.size > 1 ? `, ${series.size} Reihen` : ''}; neuester Zeitraum ${latest}.`}
      </Typography>
      {jumps.length > 0 && (
        <Box role="alert" background="warning100" padding={3} hasRadius data-testid="kpi-values-jumps">
          {jumps.map((j, i) => (
            <Typography key={i} tag="p" variant="pi" textColor="warning700">
              ⚠ {jumpText(j)}
            </Typography>
          ))}
        </Box>
      )}
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Trigger>
          <Button fullWidth variant="secondary" startIcon={<Pencil />} disabled={disabled}>
            Werte-Tabelle öffnen
          </Button>
        </Modal.Trigger>
        <Modal.Content style={{ maxWidth: 'min(96vw, 120rem)', width: '96vw' }}>
          <Modal.Header closeLabel="Schließen">
            <Modal.Title>Werte der Kennzahl</Modal.Title>
          </Modal.Header>
          {open && (
            <ValuesTable
              initial={gridFromObservations(observations)}
              onApply={(grid) => {
                onChange('observations', observationsFromGrid(grid));
                setOpen(false);
              }}
            />
          )}
        </Modal.Content>
      </Modal.Root>
    </Flex>
  );
}

/** The panel description for the content manager: only on KPIs. */
export const KpiValuesPanel = ({ model }: { model: string }) =>
  model === UID.kpi ? { title: 'Werte', content: <KpiValuesPanelContent /> } : null;
