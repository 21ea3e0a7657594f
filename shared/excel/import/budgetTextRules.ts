/**
 * Which texts of the Globalbudget and Verpflichtungen sheets the import takes: the Stand of an
 * estimate, the names of Projekt-VZÄ lines and client groups, a commitment's name and months.
 * Months are read as the app reads them when typed (`09.2016`); a run that would end before it
 * begins is not taken. Dropdowns (Art, Finanzierung, Maßnahme, Profil, …) are chosen in the app.
 */
import { budgetTextValue } from '../../commands/budgetCommands';
import type { TextTarget } from '../../commands/command';
import type { Plan } from '../../model/plan';
import { formatMonat } from '../../format/monthFormat';
import { GLOBALBUDGET_SHEET } from '../layout/globalbudget';
import { VERPFLICHTUNGEN_SHEET } from '../layout/verpflichtungen';
import { quoted, shownText } from './changeList';
import type { ExpectedRow } from './sheetRows';
import type { TextRule } from './textRules';

type BudgetTarget = Extract<TextTarget, { kind: 'schaetzung' | 'projekt' | 'gruppe' | 'verpflichtung' }>;

const REASON_CHOICE = 'Auswahlfeld; bitte in der App wählen';

type CellRule = { target: (id: string) => BudgetTarget; what: string } | 'choice';

/** The text cells by sheet, row tag prefix and column (the workbook's columns from B = 2). */
const CELLS: Record<string, Record<string, Record<number, CellRule>>> = {
  [GLOBALBUDGET_SHEET]: {
    'gs:': {
      2: 'choice',
      3: { target: (id) => ({ kind: 'schaetzung', id, field: 'stand' }), what: 'Stand' },
    },
    'pj:': {
      2: { target: (id) => ({ kind: 'projekt', id, field: 'bezeichnung' }), what: 'Projekt' },
      3: 'choice',
    },
    'kg:': { 2: { target: (id) => ({ kind: 'gruppe', id, field: 'name' }), what: 'Kundengruppe' } },
  },
  [VERPFLICHTUNGEN_SHEET]: {
    'vp:': {
      2: { target: (id) => ({ kind: 'verpflichtung', id, field: 'bezeichnung' }), what: 'Verpflichtung' },
      3: 'choice',
      4: 'choice',
      5: { target: (id) => ({ kind: 'verpflichtung', id, field: 'beginn' }), what: 'Beginn' },
      6: { target: (id) => ({ kind: 'verpflichtung', id, field: 'ende' }), what: 'Ende' },
      8: 'choice',
    },
  },
};

const isMonth = (t: BudgetTarget): boolean =>
  (t.kind === 'schaetzung' && t.field === 'stand') ||
  (t.kind === 'verpflichtung' && (t.field === 'beginn' || t.field === 'ende'));

/** The rule for a text cell of these two sheets; null: a label the app writes. */
export function budgetTextRule(sheet: string, row: ExpectedRow, col: number): TextRule | null {
  const tag = row.tag ?? '';
  const byPrefix = CELLS[sheet];
  const prefix = byPrefix && Object.keys(byPrefix).find((p) => tag.startsWith(p));
  if (!byPrefix || prefix === undefined) {
    // The sheet-wide dropdowns (Grundlage, Basis, Register) sit in the tables below.
    const choiceLine = ['gl:wahl', 'gl:mittelausstattung', 'us:basiswahl', 'vw:wahl'].includes(tag);
    return choiceLine && col > 2 ? { reason: REASON_CHOICE } : null;
  }
  const cell = byPrefix[prefix]![col];
  if (cell === undefined) return null;
  if (cell === 'choice') return { reason: REASON_CHOICE };
  const id = tag.slice(prefix.length);
  const target = cell.target(id);
  return {
    take: (text: string, p: Plan) => {
      const r = budgetTextValue(p, target, text);
      if (!r.ok) return { ok: false, reason: r.message };
      const before = currentText(p, target);
      const shown = (v: string) => (isMonth(target) ? shownText(formatMonat(v)) : quoted(v));
      return {
        ok: true,
        command: { type: 'setText', target, value: text },
        what: cell.what,
        before: shown(before),
        after: shown(r.value),
      };
    },
  };
}

function currentText(plan: Plan, t: BudgetTarget): string {
  switch (t.kind) {
    case 'schaetzung':
      return plan.globalbudget.schaetzungen.find((s) => s.id === t.id)?.stand ?? '';
    case 'projekt':
      return plan.personal.projekte.find((p) => p.id === t.id)?.bezeichnung ?? '';
    case 'gruppe':
      return plan.personal.gruppen.find((g) => g.id === t.id)?.name ?? '';
    case 'verpflichtung': {
      const v = plan.verpflichtungen.eintraege.find((x) => x.id === t.id);
      return v ? v[t.field] : '';
    }
  }
}
