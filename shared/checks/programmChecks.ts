/**
 * The Programmtext's figure placeholders against the plan: a placeholder whose figure no longer
 * exists (its Handlungsschwerpunkt was deleted) would print "[Kennzahl fehlt: …]" in the Word
 * document and the print pack. The Übersicht names them; here they become a Warnung, so the
 * Prüfungen list, `amip check`, the workbook and the pack show them before the board does.
 */
import { SHEET_LABELS } from '../model/sheets';
import type { Plan } from '../model/plan';
import { forEachDocumentText, forEachInline, MISSING_FIGURE } from '../model/dokument';
import type { PlanRule } from './checkRule';
import type { Pruefung } from './pruefung';

const PT = SHEET_LABELS.programm;

/** One Warnung per placeholder without its figure, where it stands in the document. */
export const platzhalterOhneKennzahl: PlanRule = {
  scope: 'plan',
  name: 'Platzhalter ohne Kennzahl',
  // The figures a plan has change only with its structure, after which every rule runs.
  reads: () => ({ parts: ['dokument'] }),
  run({ plan, calc }) {
    const out: Pruefung[] = [];
    forEachDocumentText(plan, (text, where) =>
      forEachInline(text, (i) => {
        if (i.t !== 'figur' || calc.def(i.id) !== undefined) return;
        out.push({
          id: `programm-platzhalter:${out.length}:${i.id}`,
          severity: 'Warnung',
          sheet: 'programm',
          message: `${PT} › ${where}: der Platzhalter „${i.id}“ verweist auf eine Kennzahl, die es im Plan nicht mehr gibt; gedruckt steht dort „[${MISSING_FIGURE}]“.`,
          location: { sheet: 'programm' },
        });
      }),
    );
    return out;
  },
};

/** Placeholders in the document's texts: the most this rule can report (maxChecks). */
export function countPlatzhalter(plan: Plan): number {
  let n = 0;
  forEachDocumentText(plan, (text) =>
    forEachInline(text, (i) => {
      if (i.t === 'figur') n++;
    }),
  );
  return n;
}
