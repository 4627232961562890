// The value table in a dialog: periods as rows, series as columns, values as
// the office writes them. Paste a block from Excel/LibreOffice into any cell;
// "Jahr hinzufügen" and "Reihe hinzufügen" add a row or a column in one step.
// Ambiguous or invalid entries block "Übernehmen"; jumps above ×10 are marked.
import { Box, Button, Checkbox, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { formatNumberDe } from '@sdd/shared-types';
import {
  addPeriod,
  addSeries,
  findJumps,
  findProblems,
  pasteBlock,
  removeRow,
  seriesLabel,
  setCell,
  setPeriod,
  type Grid,
} from './grid';
import { jumpText, problemText } from './messages';

// The admin's root font size is 10px: 1rem here is 10 px.
const CELL: React.CSSProperties = { border: '1px solid #dcdce4', padding: 0, fontSize: '1.4rem' };
const INPUT: React.CSSProperties = {
  width: '100%',
  minWidth: '9rem',
  border: 0,
  padding: '0.8rem',
  font: 'inherit',
  textAlign: 'right',
  background: 'transparent',
};

export function ValuesTable({ initial, onApply }: { initial: Grid; onApply: (grid: Grid) => void }) {
  const [grid, setGrid] = useState(initial);
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const [newSeries, setNewSeries] = useState('');
  const [pasteMessage, setPasteMessage] = useState('');
  const table = useRef<HTMLTableElement>(null);
  const problems = useMemo(() => findProblems(grid), [grid]);
  const jumps = useMemo(() => findJumps(grid), [grid]);
  const problemAt = (r: number, c: number) => problems.find((p) => 'col' in p && p.row === r && p.col === c);
  const jumpAt = (r: number, c: number) => jumps.some((j) => j.row === r && j.col === c);
  const focused = grid.rows[focus.row]?.cells[focus.col];

  const focusCell = (row: number, col: number) =>
    requestAnimationFrame(() => table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${col}"]`)?.focus());

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\t') && !text.includes('\n')) return; // one value: the input takes it as typed
    e.preventDefault();
    const result = pasteBlock(grid, text, { row, col });
    setGrid(result.grid);
    setPasteMessage(result.message);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const down = e.key === 'Enter' || e.key === 'ArrowDown';
    if (!down && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const target = down ? row + 1 : row - 1;
    if (target >= 0 && target < grid.rows.length) focusCell(target, col);
  };

  const addYear = () => {
    const next = addPeriod(grid);
    setGrid(next);
    setFocus({ row: next.rows.length - 1, col: 0 });
    focusCell(next.rows.length - 1, 0);
  };

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="omega" textColor="neutral600">
            Werte wie im Amt schreiben: 12,5 oder 1.234,5. Einen Block aus Excel oder LibreOffice in eine Zelle einfügen
            (Strg+V), gern mit Jahren in der ersten Spalte und den Reihennamen in der ersten Zeile. Fehlender Wert: „–“.
          </Typography>
          <Box style={{ overflowX: 'auto' }}>
            <table ref={table} style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Werte der Kennzahl">
              <thead>
                <tr>
                  <th scope="col" style={{ ...CELL, padding: '0.8rem', textAlign: 'left' }}>
                    Zeitraum
                  </th>
                  {grid.series.map((s, c) => (
                    <th key={c} scope="col" style={{ ...CELL, padding: '0.8rem', textAlign: 'right' }}>
                      {seriesLabel(s)}
                    </th>
                  ))}
                  <th scope="col" style={{ ...CELL, width: '4rem' }}>
                    <span style={{ position: 'absolute', left: -9999 }}>Zeile entfernen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row" style={CELL}>
                      <input
                        aria-label={`Zeitraum, Zeile ${r + 1}`}
                        value={row.period}
                        style={{ ...INPUT, textAlign: 'left', fontWeight: 600, minWidth: '8rem' }}
                        onChange={(e) => setGrid(setPeriod(grid, r, e.target.value))}
                      />
                    </th>
                    {row.cells.map((cell, c) => {
                      const problem = problemAt(r, c);
                      const jump = jumpAt(r, c);
                      const background = problem
                        ? '#fcecea'
                        : jump
                          ? '#fdf4dc'
                          : focus.row === r && focus.col === c
                            ? '#f0f0ff'
                            : undefined;
                      return (
                        <td key={c} style={{ ...CELL, background }} title={cell.note || undefined}>
                          <Flex alignItems="center">
                            <input
                              data-cell={`${r}:${c}`}
                              aria-label={`${row.period.trim()}, ${seriesLabel(grid.series[c] ?? null)}`}
                              aria-invalid={problem ? true : undefined}
                              value={cell.text}
                              style={{ ...INPUT, fontStyle: cell.provisional ? 'italic' : undefined }}
                              inputMode="decimal"
                              onFocus={() => setFocus({ row: r, col: c })}
                              onChange={(e) => setGrid(setCell(grid, r, c, { text: e.target.value }))}
                              onPaste={(e) => onPaste(e, r, c)}
                              onKeyDown={(e) => onKey(e, r, c)}
                            />
                            {(cell.provisional || cell.note) && (
                              <span aria-hidden style={{ paddingRight: 6, color: '#666687' }}>
                                {cell.provisional ? 'v' : ''}
                                {cell.note ? '*' : ''}
                              </span>
                            )}
                            {jump && (
                              <span role="img" aria-label="Sprung über das Zehnfache" style={{ paddingRight: 6 }}>
                                ⚠
                              </span>
                            )}
                          </Flex>
                        </td>
                      );
                    })}
                    <td style={{ ...CELL, textAlign: 'center' }}>
                      <button
                        type="button"
                        aria-label={`Zeile ${row.period.trim()} entfernen`}
                        onClick={() => setGrid(removeRow(grid, r))}
                        style={{ border: 0, background: 'transparent', cursor: 'pointer', padding: '0.8rem' }}
                      >
                        <Trash width="1.6rem" height="1.6rem" aria-hidden />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
          <Flex gap={2} wrap="wrap" alignItems="flex-end">
            <Button variant="secondary" startIcon={<Plus />} onClick={addYear}>
              Jahr hinzufügen
            </Button>
            <Box style={{ width: '24rem' }}>
              <TextInput
                aria-label="Name der neuen Reihe"
                placeholder="Neue Reihe, z. B. Frauen"
                value={newSeries}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNewSeries(e.target.value)}
              />
            </Box>
            <Button
              variant="secondary"
              startIcon={<Plus />}
              disabled={newSeries.trim() === ''}
              onClick={() => {
                setGrid(addSeries(grid, newSeries));
                setNewSeries('');
              }}
            >
              Reihe hinzufügen
            </Button>
          </Flex>
          {pasteMessage && (
            <Typography role="status" variant="omega">
              {pasteMessage}
            </Typography>
          )}
          {focused && grid.rows[focus.row] && (
            <Flex gap={4} wrap="wrap" alignItems="flex-end" aria-label="Angaben zum gewählten Wert" role="group">
              <Typography variant="sigma">
                {grid.rows[focus.row]!.period.trim()}, {seriesLabel(grid.series[focus.col] ?? null)}
              </Typography>
              <Checkbox
                checked={focused.provisional}
                onCheckedChange={(v: boolean | 'indeterminate') =>
                  setGrid(setCell(grid, focus.row, focus.col, { provisional: v === true }))
                }
              >
                vorläufig
              </Checkbox>
              <Box style={{ flex: 1, minWidth: '24rem' }}>
                <TextInput
                  aria-label="Anmerkung zum gewählten Wert"
                  placeholder="Anmerkung, z. B. Methodenwechsel"
                  value={focused.note}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                    setGrid(setCell(grid, focus.row, focus.col, { note: e.target.value }))
                  }
                />
              </Box>
            </Flex>
          )}
          {problems.length > 0 && (
            <Box role="alert" background="danger100" padding={3} hasRadius>
              <Flex direction="column" alignItems="stretch" gap={2}>
                {problems.map((p, i) => (
                  <Flex key={i} gap={2} wrap="wrap">
                    <Typography textColor="danger700">{problemText(grid, p)}</Typography>
                    {p.kind === 'ambiguous' && (
                      <>
                        <Button
                          size="S"
                          variant="tertiary"
                          onClick={() => setGrid(setCell(grid, p.row, p.col, { text: formatNumberDe(p.asThousands) }))}
                        >
                          {formatNumberDe(p.asThousands)}
                        </Button>
                        <Button
                          size="S"
                          variant="tertiary"
                          onClick={() => setGrid(setCell(grid, p.row, p.col, { text: formatNumberDe(p.asDecimal) }))}
                        >
                          {formatNumberDe(p.asDecimal)}
                        </Button>
                      </>
                    )}
                  </Flex>
                ))}
              </Flex>
            </Box>
          )}
          {jumps.length > 0 && (
            <Box role="status" background="warning100" padding={3} hasRadius data-testid="value-jumps">
              {jumps.map((j, i) => (
                <Typography key={i} tag="p" textColor="warning700">
                  ⚠ {jumpText(j)}
                </Typography>
              ))}
            </Box>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">Abbrechen</Button>
        </Modal.Close>
        <Button disabled={problems.length > 0} onClick={() => onApply(grid)}>
          {problems.length > 0
            ? `Übernehmen (erst ${problems.length} ${problems.length === 1 ? 'Eingabe' : 'Eingaben'} klären)`
            : 'Übernehmen'}
        </Button>
      </Modal.Footer>
    </>
  );
}
