import { describe, expect, it } from 'vitest';
import type { HeaderKind } from '../../../../shared/excel/takeover/headerWords';
import { classifyHeader, isGroupText, normalizeText } from '../../../../shared/excel/takeover/headerWords';

// Column headers as Jobcenter workbooks spell them, and what each column holds.
const kinds: [
  header: string,
  kind: HeaderKind,
  unit: 1 | 1000 | 1000000 | null,
  year: number | null,
  past: boolean,
][] = [
  ['Maßnahme', 'instrument', null, null, false],
  ['Massnahme', 'instrument', null, null, false],
  ['Instrument', 'instrument', null, null, false],
  ['Angebot', 'instrument', null, null, false],
  ['Maßnahmeart', 'instrument', null, null, false],
  ['Bezeichnung der Maßnahme', 'instrument', null, null, false],
  ['Eintritte', 'count', null, null, false],
  ['Eintritte 2016', 'count', null, 2016, false],
  ['Plätze', 'count', null, null, false],
  ['TN', 'count', null, null, false],
  ['Teilnehmende', 'count', null, null, false],
  ['Teil-\nnehmer', 'count', null, null, false],
  ['Teilnehmerplätze', 'count', null, null, false],
  ['Eintritte Ist 2015', 'count', null, 2015, true],
  ['Mittelansatz', 'money', null, null, false],
  ['Mittelansatz in €', 'money', 1, null, false],
  ['Mittelansatz 2016 in Tsd. €', 'money', 1000, 2016, false],
  ['Betrag', 'money', null, null, false],
  ['Kosten', 'money', null, null, false],
  ['Kosten (Mio. €)', 'money', 1_000_000, null, false],
  ['Mittel', 'money', null, null, false],
  ['Ansatz', 'money', null, null, false],
  ['Ansatz Tsd. €', 'money', 1000, null, false],
  ['€', 'money', 1, null, false],
  ['in €', 'money', 1, null, false],
  ['Tsd. €', 'money', 1000, null, false],
  ['T€', 'money', 1000, null, false],
  ['TEUR', 'money', 1000, null, false],
  ['Mio. €', 'money', 1_000_000, null, false],
  ['Maßnahmekosten', 'money', null, null, false],
  ['Vorjahr Mittel', 'money', null, null, true],
  ['Ist 2015 (T€)', 'money', 1000, 2015, true],
  ['Kat.', 'kategorie', null, null, false],
  ['Kategorie', 'kategorie', null, null, false],
  ['Förderkategorie', 'kategorie', null, null, false],
  ['Finanzierung', 'finanzierung', null, null, false],
  ['Mittelherkunft', 'finanzierung', null, null, false],
  ['Funktion', 'funktion', null, null, false],
  ['Funktion im Integrationsprozess', 'funktion', null, null, false],
  ['Beschreibung', 'funktion', null, null, false],
  ['Ziel', 'funktion', null, null, false],
  ['Bemerkung', 'funktion', null, null, false],
  ['Ist 2015', 'number', null, 2015, true],
  ['Plan 2015', 'number', null, 2015, false],
  ['Vorjahr', 'number', null, null, true],
  ['2016', 'number', null, 2016, false],
  ['Kosten je Eintritt', 'ignore', null, null, false],
  ['Kosten pro TN', 'ignore', null, null, false],
  ['Veränderung in %', 'ignore', null, null, false],
  ['Anteil EGT', 'ignore', null, null, false],
  ['Lfd. Nr.', 'ignore', null, null, false],
  ['Nr.', 'ignore', null, null, false],
  ['Laufzeit', 'ignore', null, null, false],
  ['Träger', 'ignore', null, null, false],
  ['', 'ignore', null, null, false],
];

describe('classifyHeader', () => {
  it.each(kinds)('„%s“ → %s (unit %s, year %s, past %s)', (header, kind, unit, year, past) => {
    expect(classifyHeader(header)).toEqual({ kind, unit, year, past });
  });
});

describe('isGroupText', () => {
  it.each([
    ['Plan 2016', true],
    ['Ist 2015', true],
    ['Vorjahr', true],
    ['in Tsd. €', true],
    ['Arbeitsmarkt- und Integrationsprogramm des Jobcenters Teststadt für das Jahr 2016', false],
    ['Maßnahme', false],
  ] as const)('„%s“ → %s', (text, group) => {
    expect(isGroupText(text)).toBe(group);
  });
});

describe('normalizeText', () => {
  it.each([
    ['  Teil-\nnehmende ', 'teilnehmende'],
    ['Mittel\u00adansatz', 'mittelansatz'],
    ['EGT-\nMittel', 'egt- mittel'],
    ['Kat.\u00a0 I', 'kat. i'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizeText(raw)).toBe(norm);
  });
});
