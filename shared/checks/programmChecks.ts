/**
 * The Programmtext's figure placeholders against the plan: a placeholder whose figure no longer
 * exists (its Handlungsschwerpunkt was deleted) would print "[Kennzahl fehlt: …]" in the Word
 * document and the print pack. The Übersicht names them; here they become a Warnung, so the
 * Prüfungen list, `amip check`, the workbook and the pack show them before the board does.
 */
import { MISSING_FIGURE } from '../dokument/figureText';
import { programmStatus } from '../dokument/programmStatus';
import { SHEET_LABELS } from '../model/sheets';
import type { Plan } from '../model/plan';
import { forEachInline, SCHWERPUNKT_FELDER } from '../model/dokument';
import type { PlanRule } from './checkRule';

const PT = SHEET_LABELS.programm;

/** One Warnung per placeholder without its figure, where it stands in the document. */
export const platzhalterOhneKennzahl: PlanRule = {
  scope: 'plan',
  name: 'Platzhalter ohne Kennzahl',
  // The figures a plan has change only with its structure, after which every rule runs.
  reads: () => ({ parts: ['dokument'] }),
  run({ plan, calc }) {
    const { fehlend } = programmStatus(plan, (id) => calc.def(id) !== undefined);
    return fehlend.map((f, i) => ({
      id: `programm-platzhalter:${i}:${f.id}`,
      severity: 'Warnung' as const,
      sheet: 'programm' as const,
      message: `${PT} › ${f.where}: der Platzhalter „${f.id}“ verweist auf eine Kennzahl, die es im Plan nicht mehr gibt; gedruckt steht dort „[${MISSING_FIGURE}]“.`,
      location: { sheet: 'programm' as const },
    }));
  },
};

/** Placeholders in the whole document: the most this rule can report (maxChecks). */
export function countPlatzhalter(plan: Plan): number {
  let n = 0;
  const visit = (i: { t: string }) => {
    if (i.t === 'figur') n++;
  };
  for (const k of plan.dokument.kapitel) for (const a of k.abschnitte) forEachInline(a.text, visit);
  for (const s of plan.dokument.schwerpunkte)
    for (const f of SCHWERPUNKT_FELDER) forEachInline(s[f.feld], visit);
  return n;
}
