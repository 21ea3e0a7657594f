/**
 * Which estimate of the Globalbudget the later figures build on (zielplanung.md B.1): the one
 * chosen as Grundlage, until the final Eingliederungsmittel-Verordnung's figure is entered;
 * from then on that one, and the estimates stay as history. The calculation defines its
 * Grundlage figures from this, and an edit that changes it rebuilds them.
 */
import type { Schaetzung, SchaetzungArt } from './budget';
import { monatParts } from './monat';
import type { Plan } from './plan';

const ART_LABELS: Record<SchaetzungArt, string> = {
  BA: 'Vorläufige Schätzwerte der BA',
  BMAS: 'Vorläufige Schätzwerte des BMAS',
  EinglMV: 'Eingliederungsmittel-Verordnung (endgültig)',
  sonstige: 'Schätzung',
};

/** Short names for narrow columns and choice lists. */
export const ART_SHORT: Record<SchaetzungArt, string> = {
  BA: 'BA',
  BMAS: 'BMAS',
  EinglMV: 'EinglMV',
  sonstige: 'sonstige',
};

export const schaetzungArtLabel = (art: SchaetzungArt): string => ART_LABELS[art];

/** "Vorläufige Schätzwerte des BMAS (Stand 11.2015)". */
export function schaetzungLabel(s: Schaetzung): string {
  const m = monatParts(s.stand);
  return m ? `${ART_LABELS[s.art]} (Stand ${String(m.monat).padStart(2, '0')}.${m.jahr})` : ART_LABELS[s.art];
}

/** The final figure is entered once the Verordnung's estimate holds an amount. */
const isFinal = (s: Schaetzung): boolean => s.art === 'EinglMV' && (s.egm !== null || s.vwb !== null);

/** The estimate the Grundlage figures read, or null when there is none. */
export function grundlageSchaetzung(plan: Plan): Schaetzung | null {
  const list = plan.globalbudget.schaetzungen;
  const final = list.filter(isFinal).at(-1);
  if (final) return final;
  return list.find((s) => s.id === plan.globalbudget.grundlageId) ?? null;
}

/** Why the Grundlage is the one it is, in German (the sheet and the print say it). */
export function grundlageGrund(plan: Plan): string {
  const g = grundlageSchaetzung(plan);
  if (!g) return 'keine Grundlage gewählt';
  if (isFinal(g)) return 'endgültiger Wert der Eingliederungsmittel-Verordnung';
  return 'gewählt';
}
