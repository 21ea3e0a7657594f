/**
 * The checks of one instrument row of the Maßnahmeportfolio (fachkonzept §3). A Land plan has
 * 60.000 of them: each reads only its own row, its row figures and the plan's structure, so an
 * edit re-checks just the rows it changed (see liveChecks.ts).
 */
import { cellKey } from '../model/cellKey';
import { enthaltenMessage, enthaltenProblem } from '../model/enthaltenIn';
import { kategorieIndex } from '../model/stammdaten';
import type { Plan } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { formatEur, formatPercent } from '../format/numberFormat';
import type { RowRule } from './checkRule';
import { ONLY_ITS_ROW } from './checkRule';
import type { Pruefung } from './pruefung';

const PF = SHEET_LABELS.portfolio;

// The Stammdaten change only with a new plan: one index per Stammdaten object.
const kategorien = new WeakMap<Plan['stammdaten'], ReturnType<typeof kategorieIndex>>();
function kategorienOf(plan: Plan): ReturnType<typeof kategorieIndex> {
  let index = kategorien.get(plan.stammdaten);
  if (!index) kategorien.set(plan.stammdaten, (index = kategorieIndex(plan.stammdaten)));
  return index;
}

const portfolioRow: RowRule = {
  scope: 'row',
  name: 'Zeile des Maßnahmeportfolios',
  reads: ONLY_ITS_ROW,
  run({ plan, calc }, row, area) {
    const out: Pruefung[] = [];
    const where = `${PF} › ${area.name} › ${row.instrument}`;
    const at = (field: 'eintritte' | 'mittelansatz' | 'vorjahrMittel') => ({
      sheet: 'portfolio' as const,
      rowId: row.id,
      areaId: area.id,
      cellKey: cellKey({ kind: 'row', id: row.id, field }),
    });
    // A row with Mittelansatz but no Eintritte (Warnung)
    if ((row.mittelansatz ?? 0) > 0 && !(row.eintritte ?? 0)) {
      out.push({
        id: `row-mittel-ohne-eintritte:${row.id}`,
        severity: 'Warnung',
        sheet: 'portfolio',
        message: `${where}: Mittelansatz ${formatEur(row.mittelansatz)}, aber keine Eintritte geplant.`,
        location: at('eintritte'),
      });
    }
    // EGT financing without a category (Warnung); a category the master data does not know
    if (row.finanzierung.art === 'EGT' && !row.kategorie && !row.nachrichtlich) {
      out.push({
        id: `row-ohne-kategorie:${row.id}`,
        severity: 'Warnung',
        sheet: 'portfolio',
        message: `${where}: aus dem EGT finanziert, aber keine Förderkategorie zugeordnet.`,
        location: { ...at('eintritte') },
      });
    } else if (row.kategorie && !kategorienOf(plan).has(row.kategorie)) {
      out.push({
        id: `row-kategorie-unbekannt:${row.id}`,
        severity: 'Warnung',
        sheet: 'portfolio',
        message: `${where}: Förderkategorie „${row.kategorie}“ ist in den Stammdaten nicht vorhanden.`,
        location: at('eintritte'),
      });
    }
    // "enthalten in" a row whose money is not counted (a cycle, a chain, nachrichtlich): plans
    // stored before the rule of model/enthaltenIn.ts still open, so the checks report it (Fehler)
    if (row.finanzierung.art === 'enthalten' && row.finanzierung.inRowId !== null) {
      const problem = enthaltenProblem(plan, row, row.finanzierung.inRowId);
      if (problem) {
        out.push({
          id: `row-enthalten:${row.id}`,
          severity: 'Fehler',
          sheet: 'portfolio',
          message: `${where}: ${enthaltenMessage(problem)}.`,
          location: at('eintritte'),
        });
      }
    }
    if (row.finanzierung.art === 'Drittmittel') {
      const id = row.finanzierung.programmId;
      if (!id || !plan.drittmittel.some((d) => d.id === id)) {
        out.push({
          id: `row-drittmittel-ohne-programm:${row.id}`,
          severity: 'Hinweis',
          sheet: 'portfolio',
          message: `${where}: Finanzierung aus Drittmitteln, aber kein Programm der Drittmittel-Tabelle zugeordnet.`,
          location: at('mittelansatz'),
        });
      }
    }
    // Kosten je Eintritt far from the Vorjahr (Hinweis)
    const kje = calc.get(`row.${row.id}.kostenJeEintritt`);
    const kjeVj = calc.get(`row.${row.id}.vorjahrKostenJeEintritt`);
    const limit = plan.stammdaten.toleranzen.kostenJeEintrittAbweichung;
    if (kje !== null && kjeVj !== null && kjeVj > 0 && Math.abs(kje / kjeVj - 1) > limit) {
      out.push({
        id: `row-kje-abweichung:${row.id}`,
        severity: 'Hinweis',
        sheet: 'portfolio',
        message: `${where}: Kosten je Eintritt ${formatEur(kje)} weichen um ${formatPercent(kje / kjeVj - 1)} vom Vorjahr (${formatEur(kjeVj)}) ab (Schwelle ${formatPercent(limit)}).`,
        location: at('mittelansatz'),
      });
    }
    return out;
  },
};

/** In the order the Prüfungen list shows a row's findings within a severity. */
export const ROW_RULES: readonly RowRule[] = [portfolioRow];
