/**
 * What a target's kind and unit mean for its numbers: which field holds the agreed value, the
 * Vorjahr, the printed value and the Ist, how precisely it is shown and rounded, whether it is
 * a segment of the Integrationsquote. The figures (calc/ziele.ts), the outline, the checks and
 * the Fortschreibung all ask here.
 */
import { zielKennzahl } from './zielKennzahlen';
import type { Polaritaet, Zielart, Ziel, ZielField, ZielIstField } from './ziele';
import { GEKOPPELT_IQ_GESAMT, ZIEL_SEGMENT_LABELS, isRelChange } from './ziele';

/** The field with the Vorjahr value in the target's unit (a factor has none). */
export function vorjahrField(z: Pick<Ziel, 'einheit'>): ZielField | null {
  switch (z.einheit) {
    case 'quote':
      return 'vorjahrQuote';
    case 'anzahl':
      return 'vorjahrAnzahl';
    case 'betrag':
      return 'vorjahrBetrag';
    case 'faktor':
      return null;
  }
}

/** The field of the value in the target's unit: a level, a count or an amount. */
export function levelField(z: Pick<Ziel, 'einheit'>): ZielField | null {
  switch (z.einheit) {
    case 'quote':
      return 'quote';
    case 'anzahl':
      return 'anzahl';
    case 'betrag':
      return 'betrag';
    case 'faktor':
      return null;
  }
}

/** The field the agreement fixes: the change for relative targets, else the level itself. */
export function vorgabeField(z: Pick<Ziel, 'zielart' | 'einheit'>): ZielField | null {
  if (isRelChange(z.zielart)) return z.einheit === 'faktor' ? null : 'aenderung';
  if (z.zielart === 'levelMin' || z.zielart === 'countMin' || z.zielart === 'absoluteMax')
    return levelField(z);
  return null;
}

/** The Ist a dialogue records for the target (a change for relative targets, else the level). */
export function istField(z: Pick<Ziel, 'zielart' | 'einheit'>): ZielIstField | null {
  if (z.zielart === 'milestone' || z.zielart === 'deadline' || z.einheit === 'faktor') return null;
  if (isRelChange(z.zielart)) return 'istAenderung';
  switch (z.einheit) {
    case 'quote':
      return 'istQuote';
    case 'anzahl':
      return 'istAnzahl';
    case 'betrag':
      return 'istBetrag';
  }
}

/** Which kinds fit which unit: a level target is a rate, a count target a number, a cap euros. */
export function zielartFits(zielart: Zielart, einheit: Ziel['einheit']): boolean {
  switch (zielart) {
    case 'levelMin':
      return einheit === 'quote';
    case 'countMin':
      return einheit === 'anzahl';
    case 'absoluteMax':
      return einheit === 'betrag';
    case 'relChangeMin':
    case 'relChangeMax':
      return einheit !== 'faktor';
    case 'deadline':
    case 'monitoring':
    case 'milestone':
      return true;
  }
}

/** Decimal places of the target's value as a fraction: 21,6 % is 0.216, so 1 + 2. */
export function valueDigits(z: Pick<Ziel, 'einheit' | 'stellen'>): number {
  switch (z.einheit) {
    case 'quote':
      return z.stellen + 2;
    case 'anzahl':
      return 0;
    case 'betrag':
      return 2;
    case 'faktor':
      return 1;
  }
}

/** Half a display unit of the target's value: 0,05 Pp. for 21,6 %, 0,5 for a count. */
export function halfUnit(z: Pick<Ziel, 'einheit' | 'stellen'>): number {
  return 0.5 * 10 ** -valueDigits(z);
}

/** The catalogue's polarity for a Kennzahl of the plan year; the target's own otherwise. */
export function polaritaetOf(z: Pick<Ziel, 'kennzahl' | 'polaritaet'>, year: number): Polaritaet {
  return (z.kennzahl ? zielKennzahl(z.kennzahl, year)?.polaritaet : undefined) ?? z.polaritaet;
}

/**
 * A segment of the Integrationsquote (K2): its Integrationen and eLb add up to the total IQ
 * (F5), together with the other segments. Alleinerziehende (K2E4) and LZB (K3E1) are
 * subgroups, not segments; the `gesamt` K2 target is the typed total.
 */
export function isIqSegment(z: Pick<Ziel, 'kennzahl' | 'einheit' | 'zielart' | 'segment'>): boolean {
  return (
    z.kennzahl === 'K2' &&
    z.einheit === 'quote' &&
    (isRelChange(z.zielart) || z.zielart === 'levelMin') &&
    (z.segment === 'ohneAsylFlucht' || z.segment === 'asylFlucht' || z.segment === 'eigen')
  );
}

/** The typed total of the Integrationsquote: a K2 target on segment `gesamt` (a check only). */
export function isIqGesamt(z: Pick<Ziel, 'kennzahl' | 'einheit' | 'segment'>): boolean {
  return z.kennzahl === 'K2' && z.einheit === 'quote' && z.segment === 'gesamt';
}

export function segmentText(z: Pick<Ziel, 'segment' | 'segmentName'>): string {
  return z.segment === 'eigen' ? z.segmentName || ZIEL_SEGMENT_LABELS.eigen : ZIEL_SEGMENT_LABELS[z.segment];
}

/** The target's own name, or the catalogue's name of its Kennzahl while it has none. */
export function zielName(z: Pick<Ziel, 'bezeichnung' | 'kennzahl'>, year: number): string {
  if (z.bezeichnung.trim()) return z.bezeichnung;
  return (z.kennzahl && zielKennzahl(z.kennzahl, year)?.name) || '';
}

/** How messages and tables name a target: "K2 Integrationsquote (ohne Asyl/Flucht)". */
export function zielTitle(z: Ziel, year: number): string {
  const name = zielName(z, year) || 'Ziel';
  const code = z.kennzahl && !name.startsWith(z.kennzahl) ? `${z.kennzahl} ` : '';
  const seg = z.segment === 'gesamt' ? '' : ` (${segmentText(z)})`;
  return `${code}${name}${seg}`;
}

/**
 * Why the target's link (F8) cannot stand, or null: it must be a relative change following
 * another relative change that follows nobody (no chains, so no cycles), and a segment of the
 * Integrationsquote cannot follow the total it makes up.
 */
export function linkProblem(ziele: readonly Ziel[], z: Ziel, year: number): string | null {
  const link = z.gekoppeltAn;
  if (link === null) return null;
  const title = `„${zielTitle(z, year)}“`;
  if (!isRelChange(z.zielart))
    return `${title}: nur eine relative Veränderung kann einem anderen Ziel folgen`;
  if (link === GEKOPPELT_IQ_GESAMT)
    return isIqSegment(z)
      ? `${title}: ein Segment der Integrationsquote kann nicht der Gesamtquote folgen, die es selbst bestimmt`
      : null;
  const target = ziele.find((x) => x.id === link);
  if (!target || target.id === z.id) return `${title}: das gekoppelte Ziel gibt es nicht`;
  const other = `„${zielTitle(target, year)}“`;
  if (target.gekoppeltAn !== null)
    return `${title}: ${other} folgt selbst einem anderen Ziel; Kopplungen lassen sich nicht verketten`;
  if (!isRelChange(target.zielart))
    return `${title}: ${other} hat keine relative Veränderung, der es folgen könnte`;
  if (isIqSegment(z) && isIqGesamt(target))
    return `${title}: ein Segment der Integrationsquote kann nicht der Gesamtquote folgen, die es selbst bestimmt`;
  return null;
}
