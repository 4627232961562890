// "Datenimport": a data steward uploads the same CSV or XLSX files the
// command line takes, sees the same dry run (what would change per KPI, or
// the problems with row, column and what to do), and applies all or
// nothing with one button. The server reads and checks the file on both
// steps; the apply carries the dry run's fingerprint and is refused when
// the CMS's values changed in between. German only: the stewards are city staff.
import {
  Box,
  Button,
  Combobox,
  ComboboxOption,
  Field,
  Flex,
  Grid,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Check, Upload } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import {
  adminImportAppliedSchema,
  adminImportDryRunSchema,
  adminImportKpisSchema,
  type AdminImportDryRun,
  type AdminImportKpis,
  type ImportResult,
  PLUGIN_ACTIONS,
} from '@sdd/shared-types';
import { useEffect, useId, useState } from 'react';
import { Plan, Problems, ReadAs } from './DryRunReport';
import {
  buildUpload,
  DECIMAL_OPTIONS,
  DELIMITER_OPTIONS,
  ENCODING_OPTIONS,
  errorMessage,
  FORMAT_OPTIONS,
  NO_CHOICES,
  tooLarge,
  type Choices,
} from './upload';

const IMPORT_PERMISSION = [{ action: PLUGIN_ACTIONS.import, subject: null }];

function FileField({
  label,
  hint,
  accept,
  onChange,
}: {
  label: string;
  hint: string;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  const id = useId();
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <label htmlFor={id}>
        <Typography variant="pi" fontWeight="bold">
          {label}
        </Typography>
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        style={{
          fontSize: '1.4rem',
          padding: '0.6rem',
          border: '1px solid #dcdce4',
          borderRadius: 4,
          background: '#fff',
        }}
      />
      <Typography id={`${id}-hint`} variant="pi" textColor="neutral600">
        {hint}
      </Typography>
    </Flex>
  );
}

/** A labelled choice; "" (automatic) is shown as "auto", which a select cannot hold as a value. */
function Select({
  label,
  name,
  hint,
  value,
  options,
  onChange,
}: {
  label: string;
  name: string;
  hint: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={value || 'auto'} onChange={(v: string | number) => onChange(v === 'auto' ? '' : String(v))}>
        {options.map((o) => (
          <SingleSelectOption key={o.value || 'auto'} value={o.value || 'auto'}>
            {o.label}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
    </Field.Root>
  );
}

function Result({ result }: { result: ImportResult }) {
  const written = result.perKpi.filter((k) => k.created + k.changed > 0);
  const published = written.filter((k) => k.status === 'published').map((k) => k.code);
  const drafts = written.filter((k) => k.status === 'draft').map((k) => k.code);
  return (
    <Box background="success100" padding={5} hasRadius role="status">
      <Typography variant="delta" tag="h2">
        {written.length === 0
          ? `Nichts zu tun: alle ${result.unchanged} Werte sind schon so im CMS.`
          : `Gespeichert: ${result.created} neue und ${result.changed} geänderte Werte in ${written.length} ${written.length === 1 ? 'Kennzahl' : 'Kennzahlen'}.`}
      </Typography>
      {published.length > 0 && (
        <Typography tag="p">
          Veröffentlicht: {published.join(', ')} – die Website wird einmal neu gebaut (Seite „Veröffentlichung“).
        </Typography>
      )}
      {drafts.length > 0 && (
        <Typography tag="p">
          Nur im Entwurf gespeichert, nicht veröffentlicht: {drafts.join(', ')} (diese Kennzahlen sind nicht
          veröffentlicht; das bleibt so).
        </Typography>
      )}
    </Box>
  );
}

function ImportForm() {
  const { get, post } = useFetchClient();
  const [kpis, setKpis] = useState<AdminImportKpis['kpis']>([]);
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [report, setReport] = useState<AdminImportDryRun | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);

  useEffect(() => {
    get('/smart-data/import/kpis')
      .then(({ data }) => setKpis(adminImportKpisSchema.parse(data).kpis))
      .catch((e: unknown) => setError(errorMessage(e, 'Die Kennzahlen konnten nicht geladen werden.')));
  }, [get]);

  // Anything changed after a dry run makes it stale: the button applies only what was shown.
  const reset = () => {
    setReport(null);
    setResult(null);
    setError(null);
  };
  const choose = <K extends keyof Choices>(key: K, value: Choices[K]) => {
    setChoices((c) => ({ ...c, [key]: value }));
    reset();
  };

  const check = async () => {
    if (!file) return setError('Bitte zuerst eine Datei wählen (CSV oder XLSX).');
    const large = tooLarge(file);
    if (large) return setError(large);
    reset();
    setBusy('check');
    try {
      const { data } = await post('/smart-data/import/dry-run', await buildUpload(file, mapping, choices));
      setReport(adminImportDryRunSchema.parse(data));
    } catch (e) {
      setError(errorMessage(e, 'Die Datei konnte nicht geprüft werden.'));
    } finally {
      setBusy(null);
    }
  };

  const apply = async () => {
    if (!file || !report?.fingerprint) return;
    setBusy('apply');
    setError(null);
    try {
      const { data } = await post('/smart-data/import/apply', {
        ...(await buildUpload(file, mapping, choices)),
        fingerprint: report.fingerprint,
      });
      setResult(adminImportAppliedSchema.parse(data).result);
      setReport(null);
    } catch (e) {
      setError(errorMessage(e, 'Die Werte konnten nicht übernommen werden. Es wurde nichts gespeichert.'));
    } finally {
      setBusy(null);
    }
  };

  const changes = report ? report.totals.created + report.totals.changed : 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
        <Grid.Root gap={5}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <FileField
              label="Datei (CSV oder XLSX)"
              hint="Wie beim Befehl npm run import: Code-Spalte lang oder breit, eine Kennzahl je Datei, Open SDG oder GENESIS (ffcsv)."
              accept=".csv,.txt,.xlsx"
              onChange={(f) => {
                setFile(f);
                reset();
              }}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <FileField
              label="Zuordnung (optional, JSON)"
              hint="Eine gespeicherte Zuordnung (--mapping): Kennzahl, Kopfzeile, übersprungene Zeilen, Reihennamen."
              accept=".json,application/json"
              onChange={(f) => {
                setMapping(f);
                reset();
              }}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root
              name="kpi"
              hint="Nur für Dateien ohne Spalte „Kennzahl“: zu welcher Kennzahl die Werte gehören (Code oder Name tippen)."
            >
              <Field.Label>Kennzahl der Datei</Field.Label>
              <Combobox
                autocomplete={{ type: 'list', filter: 'contains' }}
                placeholder="keine – die Datei hat eine Code-Spalte"
                value={choices.kpi || undefined}
                onChange={(value?: string) => choose('kpi', value ?? '')}
                onClear={() => choose('kpi', '')}
                clearLabel="Kennzahl entfernen"
                noOptionsMessage={(text: string) => `Keine Kennzahl enthält „${text}“`}
              >
                {kpis.map((k) => (
                  <ComboboxOption
                    key={k.code}
                    value={k.code}
                  >{`${k.code} – ${k.name}${k.status === 'draft' ? ' (Entwurf)' : ''}`}</ComboboxOption>
                ))}
              </Combobox>
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Select
              label="Format"
              name="format"
              hint="Meist richtig erkannt; sonst hier festlegen (--format)."
              value={choices.format}
              options={FORMAT_OPTIONS}
              onChange={(v) => choose('format', v as Choices['format'])}
            />
          </Grid.Item>
          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
            <Field.Root name="sheet" hint="XLSX: sonst das erste Blatt.">
              <Field.Label>Tabellenblatt</Field.Label>
              <TextInput
                value={choices.sheet}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => choose('sheet', e.target.value)}
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
            <Select
              label="Dezimalzeichen"
              name="decimal"
              hint="Sonst aus den Zahlen erkannt."
              value={choices.decimal}
              options={DECIMAL_OPTIONS}
              onChange={(v) => choose('decimal', v as Choices['decimal'])}
            />
          </Grid.Item>
          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
            <Select
              label="Zeichenkodierung"
              name="encoding"
              hint="CSV: sonst erkannt."
              value={choices.encoding}
              options={ENCODING_OPTIONS}
              onChange={(v) => choose('encoding', v as Choices['encoding'])}
            />
          </Grid.Item>
          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
            <Select
              label="Trennzeichen"
              name="delimiter"
              hint="CSV: sonst erkannt."
              value={choices.delimiter}
              options={DELIMITER_OPTIONS}
              onChange={(v) => choose('delimiter', v as Choices['delimiter'])}
            />
          </Grid.Item>
        </Grid.Root>
        <Box paddingTop={5}>
          <Button startIcon={<Upload />} onClick={check} loading={busy === 'check'} disabled={busy !== null || !file}>
            Prüfen (Probelauf)
          </Button>
        </Box>
      </Box>

      {error && (
        <Box background="danger100" padding={4} hasRadius role="alert">
          <Typography textColor="danger700">{error}</Typography>
        </Box>
      )}
      {result && <Result result={result} />}
      {report && (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <ReadAs report={report} />
          {report.problems.length > 0 ? <Problems report={report} /> : <Plan report={report} />}
          {report.fingerprint && (
            <Box>
              {changes > 0 ? (
                <Button
                  startIcon={<Check />}
                  onClick={apply}
                  loading={busy === 'apply'}
                  disabled={busy !== null}
                  size="L"
                >
                  Alle {changes} Änderungen übernehmen
                </Button>
              ) : (
                <Typography>Nichts zu übernehmen: alle Werte sind schon so im CMS.</Typography>
              )}
            </Box>
          )}
        </Flex>
      )}
    </Flex>
  );
}

export default function ImportPage() {
  return (
    <Page.Protect permissions={IMPORT_PERMISSION}>
      <Page.Main>
        <Page.Title>Datenimport</Page.Title>
        <Layouts.Header
          title="Datenimport"
          subtitle="Werte aus einer CSV- oder XLSX-Datei übernehmen: erst prüfen, dann alles oder nichts. Der Import veröffentlicht nie etwas Neues: Kennzahlen im Entwurf bleiben Entwurf."
        />
        <Layouts.Content>
          <ImportForm />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}
