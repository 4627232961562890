// "Veröffentlichung": what the public website shows now, what is being built,
// what failed and why — and a button to publish by hand. German only: the
// editors are city staff.
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Rocket } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import {
  buildOccasion,
  buildStepsInWords,
  secondsDe,
  type BuildRecord as Build,
  type PublisherStatus as Status,
} from '@sdd/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { BuildProblems } from './BuildProblems';
import { NoBuildEvents } from './NoBuildEvents';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('de-DE') : '–');
const seconds = (b: Build) => secondsDe(b.steps.reduce((n, s) => n + s.ms, 0));
/** A word and a badge colour for each outcome the publisher's schema knows (a new one fails the type check). */
const OUTCOME = {
  running: ['läuft', 'secondary'],
  success: ['erfolgreich', 'success'],
  failure: ['fehlgeschlagen', 'danger'],
} as const satisfies Record<Build['outcome'], readonly [string, string]>;

function Outcome({ build }: { build: Build }) {
  const [label, variant] = OUTCOME[build.outcome];
  return <Badge variant={variant}>{label}</Badge>;
}

function Summary({ title, build, children }: { title: string; build: Build | null; children?: React.ReactNode }) {
  return (
    <Box background="neutral0" padding={5} hasRadius shadow="tableShadow" style={{ flex: 1, minWidth: '16rem' }}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      <Box paddingTop={2}>
        {build ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography>
              {when(build.finishedAt ?? build.startedAt)} · {build.pages ?? '–'} Seiten · {seconds(build)}
            </Typography>
            {/* The problems, when there are any, say it in full below. */}
            {build.error && build.problems.length === 0 && <Typography textColor="danger600">{build.error}</Typography>}
            {children}
          </Flex>
        ) : (
          <Typography textColor="neutral600">–</Typography>
        )}
      </Box>
    </Box>
  );
}

export default function PublishPage() {
  const { get, post } = useFetchClient();
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const load = useCallback(async () => {
    try {
      const { data } = await get<Status>('/smart-data/publisher/status');
      setStatus(data);
      setError(null);
    } catch (e) {
      const body = (e as { response?: { data?: { error?: string } } }).response?.data;
      setError(body?.error ?? 'Der Status konnte nicht geladen werden.');
    }
  }, [get]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 3000);
    return () => clearInterval(timer);
  }, [load]);

  const publish = async () => {
    setSending(true);
    try {
      await post('/smart-data/publisher/publish');
      await load();
    } catch (e) {
      const body = (e as { response?: { data?: { error?: string } } }).response?.data;
      setError(body?.error ?? 'Der Auftrag konnte nicht gesendet werden.');
    } finally {
      setSending(false);
    }
  };

  const busy = Boolean(status?.running) || (status?.pendingEvents ?? 0) > 0;
  return (
    <Page.Main>
      <Page.Title>Veröffentlichung</Page.Title>
      <Layouts.Header
        title="Veröffentlichung"
        subtitle="Jede Veröffentlichung im CMS baut die öffentliche Website neu. Eine fehlerhafte Fassung geht nie online: dann bleibt die letzte gute sichtbar."
        primaryAction={
          <Button startIcon={<Rocket />} onClick={publish} loading={sending} disabled={sending}>
            Jetzt veröffentlichen
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {error && (
            <Box background="danger100" padding={4} hasRadius role="alert">
              <Typography textColor="danger700">{error}</Typography>
            </Box>
          )}
          <Box aria-live="polite">
            <Typography>
              {status?.running
                ? 'Die Website wird gerade neu gebaut.'
                : busy
                  ? 'Änderungen sind eingegangen; der Neubau beginnt in Kürze.'
                  : 'Keine Veröffentlichung in Arbeit.'}
              {status?.queued ? ' Danach folgt ein weiterer Durchlauf mit den neuesten Änderungen.' : ''}
            </Typography>
          </Box>
          <Flex gap={4} wrap="wrap" alignItems="stretch">
            <Summary title="Online" build={status?.live ?? null} />
            <Summary title="Letzter Fehler" build={status?.lastFailure ?? null}>
              {status?.lastFailure && <BuildProblems problems={status.lastFailure.problems} />}
            </Summary>
          </Flex>
          <Box>
            <Typography variant="delta" tag="h2">
              Verlauf
            </Typography>
            <Box paddingTop={3}>
              <Table colCount={5} rowCount={(status?.history.length ?? 0) + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">Beginn</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">Ergebnis</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">Dauer (Schritte)</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">Seiten</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">Anlass</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {(status?.history ?? []).map((b) => (
                    <Tr key={b.id}>
                      <Td>
                        <Typography>{when(b.startedAt)}</Typography>
                      </Td>
                      <Td style={{ whiteSpace: 'normal' }}>
                        <Outcome build={b} />
                        {b.error && <Typography textColor="danger600"> {b.error}</Typography>}
                      </Td>
                      <Td style={{ whiteSpace: 'normal' }}>
                        <Typography>{buildStepsInWords(b)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{b.pages ?? '–'}</Typography>
                      </Td>
                      {/* Wraps: a burst's occasion is a sentence, and the table must not scroll sideways to show it. */}
                      <Td style={{ whiteSpace: 'normal', minWidth: '16rem' }}>
                        <Typography>{buildOccasion(b)}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Box>
          </Box>
          <NoBuildEvents events={status?.noBuildEvents ?? []} count={status?.noBuildEventCount ?? 0} when={when} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
