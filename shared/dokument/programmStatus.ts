/**
 * How far the Programmtext is (issue 17, for the Übersicht): sections written, words, figure
 * placeholders, and the placeholders whose figure no longer exists (a deleted area's total),
 * with where they stand. Walks the texts only, never the tables, so it stays cheap at Land size.
 */
import type { Plan } from '../model/plan';
import type { Text } from '../model/dokument';
import { forEachDocumentText, forEachInline } from '../model/dokument';

export interface MissingPlaceholder {
  id: string;
  /** "Kapitel › Abschnitt" or "Schwerpunkt › Feld", as in the composed document. */
  where: string;
}

export interface ProgrammStatus {
  /** Sections the document has: every chapter section and the four texts of every area. */
  abschnitte: number;
  /** Of those, the ones with any text. */
  geschrieben: number;
  woerter: number;
  platzhalter: number;
  fehlend: MissingPlaceholder[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

export function programmStatus(plan: Plan, hasFigure: (id: string) => boolean): ProgrammStatus {
  const status: ProgrammStatus = { abschnitte: 0, geschrieben: 0, woerter: 0, platzhalter: 0, fehlend: [] };
  const count = (text: Text, where: string) => {
    status.abschnitte++;
    let written = false;
    forEachInline(text, (i) => {
      if (i.t === 'figur') {
        written = true;
        status.woerter++;
        status.platzhalter++;
        if (!hasFigure(i.id)) status.fehlend.push({ id: i.id, where });
        return;
      }
      const words = i.text.match(WORD)?.length ?? 0;
      if (words > 0) written = true;
      status.woerter += words;
    });
    if (written) status.geschrieben++;
  };
  forEachDocumentText(plan, count);
  return status;
}
