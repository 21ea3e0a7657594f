/**
 * The catalogue of Kennzahlen a target can name (zielplanung.md A.2), versioned by plan year:
 * an entry holds from `ab` to `bis` (inclusive; null = open). Codes and formulas come from the
 * Verordnung zur Festlegung der Kennzahlen nach § 48a SGB II (in force since 2011), marked
 * "external" in the domain notes: one table, so a correction is one line.
 */
import type { Polaritaet, Zieleinheit } from './ziele';

export interface ZielKennzahl {
  code: string;
  name: string;
  polaritaet: Polaritaet;
  /** What the target value counts: a rate, a stock or number, a sum of euros. */
  einheit: Zieleinheit;
  ab: number;
  bis: number | null;
  /** Not a § 48a Kennzahl: a count or local figure the agreements add ([Z18], [D18]). */
  ergaenzend?: boolean;
}

const VO = 2011;

export const ZIEL_KENNZAHLEN: readonly ZielKennzahl[] = [
  {
    code: 'K1',
    name: 'Veränderung der Summe der Leistungen zum Lebensunterhalt',
    polaritaet: 'lowerIsBetter',
    einheit: 'betrag',
    ab: VO,
    bis: null,
  },
  {
    code: 'K1E1',
    name: 'Veränderung der Summe der Leistungen für Unterkunft und Heizung',
    polaritaet: 'lowerIsBetter',
    einheit: 'betrag',
    ab: VO,
    bis: null,
  },
  {
    code: 'K1E2',
    name: 'Veränderung der Zahl der erwerbsfähigen Leistungsberechtigten',
    polaritaet: 'lowerIsBetter',
    einheit: 'anzahl',
    ab: VO,
    bis: null,
  },
  {
    code: 'K1E3',
    name: 'Durchschnittliche Zugangsrate erwerbsfähiger Leistungsberechtigter',
    polaritaet: 'lowerIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K1E4',
    name: 'Durchschnittliche Abgangsrate erwerbsfähiger Leistungsberechtigter',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K2',
    name: 'Integrationsquote',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K2E1',
    name: 'Quote der Eintritte in geringfügige Beschäftigung',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K2E2',
    name: 'Quote der Eintritte in öffentlich geförderte Beschäftigung',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  // [A16] (2016) still prints the old name; the current VO says "Kontinuierliche Beschäftigung
  // nach Integration". The year of the change is not in the seeds: 2017 is an assumption.
  {
    code: 'K2E3',
    name: 'Nachhaltigkeit der Integration',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: 2016,
  },
  {
    code: 'K2E3',
    name: 'Kontinuierliche Beschäftigung nach Integration',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: 2017,
    bis: null,
  },
  {
    code: 'K2E4',
    name: 'Integrationsquote der Alleinerziehenden',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K3',
    name: 'Veränderung des Bestands an Langzeitleistungsbeziehenden',
    polaritaet: 'lowerIsBetter',
    einheit: 'anzahl',
    ab: VO,
    bis: null,
  },
  {
    code: 'K3E1',
    name: 'Integrationsquote der Langzeitleistungsbeziehenden',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K3E2',
    name: 'Aktivierungsquote der Langzeitleistungsbeziehenden',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K3E3',
    name: 'Durchschnittliche Zugangsrate der Langzeitleistungsbeziehenden',
    polaritaet: 'lowerIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'K3E4',
    name: 'Durchschnittliche Abgangsrate der Langzeitleistungsbeziehenden',
    polaritaet: 'higherIsBetter',
    einheit: 'quote',
    ab: VO,
    bis: null,
  },
  {
    code: 'INT',
    name: 'Zahl der Integrationen',
    polaritaet: 'higherIsBetter',
    einheit: 'anzahl',
    ab: VO,
    bis: null,
    ergaenzend: true,
  },
];

const inYear = (k: ZielKennzahl, year: number): boolean => k.ab <= year && (k.bis === null || year <= k.bis);

/** The catalogue of one plan year (one entry per code). */
export function kennzahlenKatalog(year: number): ZielKennzahl[] {
  return ZIEL_KENNZAHLEN.filter((k) => inYear(k, year));
}

/** The entry of `code` in `year`, or undefined when the code does not exist that year. */
export function zielKennzahl(code: string, year: number): ZielKennzahl | undefined {
  return ZIEL_KENNZAHLEN.find((k) => k.code === code && inYear(k, year));
}

/** Whether the code exists in any year (a target may name one of another year's catalogue). */
export const isKnownKennzahl = (code: string): boolean => ZIEL_KENNZAHLEN.some((k) => k.code === code);
