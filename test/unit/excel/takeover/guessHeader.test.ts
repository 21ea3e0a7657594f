import { describe, expect, it } from 'vitest';
import { guessHeader, jobcenterIn, yearIn } from '../../../../shared/excel/takeover/guessHeader';
import type { LegacySheet } from '../../../../shared/excel/takeover/legacySheet';
import { defaultHeader } from '../../../../shared/excel/takeover/takeover';

describe('jobcenterIn', () => {
  it.each([
    ['Arbeitsmarkt- und Integrationsprogramm 2016 – Jobcenter Teststadt', 'Jobcenter Teststadt'],
    ['Jobcenter Kreis Mettmann: Arbeitsmarktprogramm 2016', 'Jobcenter Kreis Mettmann'],
    ['AMIP des Jobcenters Frankfurt am Main 2017', 'Jobcenter Frankfurt am Main'],
    ['Jobcenter Rhein-Sieg-Kreis', 'Jobcenter Rhein-Sieg-Kreis'],
    ['AMIP_2016_Jobcenter_Teststadt', 'Jobcenter Teststadt'],
    ['Planung JC Nordstadt', 'Jobcenter Nordstadt'],
    ['Jobcenter Teststadt Arbeitsmarktprogramm', 'Jobcenter Teststadt'],
    ['Jobcenter Südhafen im Jahr 2018', 'Jobcenter Südhafen'],
    ['Jobcenter', null],
    ['jobcenter planung', null],
    ['Maßnahmeplanung 2016', null],
  ] as const)('„%s“ → %s', (text, name) => {
    expect(jobcenterIn(text)).toBe(name);
  });
});

describe('yearIn', () => {
  it.each([
    ['AMIP 2016', 2016],
    ['Arbeitsmarktprogramm 2016 (Vorjahr 2015)', 2016],
    ['Stand: 01.10.2015', null],
    ['Planung 2017, Stand 12.11.2016', 2017],
    ['Tabelle1', null],
    ['Maßnahmen 2018 Jobcenter Südhafen', 2018],
    ['Bestellnummer 123456', null],
  ] as const)('„%s“ → %s', (text, year) => {
    expect(yearIn(text)).toBe(year);
  });
});

describe('guessHeader', () => {
  const sheet = (name: string, titles: string[]): LegacySheet => ({
    name,
    rows: titles.map((t, i) => ({ row: i + 1, cells: [{ col: 1, text: t, number: null }] })),
  });

  it('titles above the header come first, then the sheet name, then the file name', () => {
    expect(
      guessHeader(
        sheet('AMIP 2015', ['Jobcenter Oststadt – Planung 2016']),
        3,
        'Jobcenter Weststadt 2014.xlsx',
        null,
      ),
    ).toEqual({ jobcenter: 'Jobcenter Oststadt', year: 2016 });
    expect(guessHeader(sheet('AMIP 2015', []), 1, 'Jobcenter Weststadt 2014.xlsx', null)).toEqual({
      jobcenter: 'Jobcenter Weststadt',
      year: 2015,
    });
  });

  it('texts below the header row are not titles', () => {
    expect(
      guessHeader(sheet('Tabelle1', ['Maßnahme', 'Jobcenter Oststadt 2016']), 1, 'a.xlsx', null),
    ).toEqual({
      jobcenter: null,
      year: null,
    });
  });

  it('the year of the column headers when no title names one', () => {
    expect(guessHeader(sheet('Tabelle1', []), 1, 'a.xlsx', 2019)).toEqual({ jobcenter: null, year: 2019 });
  });

  it('defaults: the file name for the Jobcenter, next year for the plan', () => {
    expect(defaultHeader('/tmp/alt/amip.xlsx', new Date(2026, 4, 1))).toEqual({
      jobcenter: 'Jobcenter (amip)',
      year: 2027,
    });
  });
});
