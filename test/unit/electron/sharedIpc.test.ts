import { describe, expect, it } from 'vitest';
import { baseName, fileKindOfName, withExtension } from '../../../shared/ipc/fileKinds';
import {
  MENU_COMMAND_IDS,
  SHEET_COMMAND_IDS,
  formatAccelerator,
  isMenuCommandId,
} from '../../../shared/ipc/menuCommands';
import { formatWindowTitle } from '../../../shared/ipc/windowTitle';

describe('window title', () => {
  it.each([
    [
      { planName: 'Jobcenter Musterstadt – Entwurf 2', year: 2016, saved: true },
      'Jobcenter Musterstadt – Entwurf 2 · 2016 · gespeichert – AMIP-Planer',
    ],
    [
      { planName: 'Jobcenter Musterstadt', year: 2017, saved: false },
      '• Jobcenter Musterstadt · 2017 · nicht gespeichert – AMIP-Planer',
    ],
    [{ planName: 'Ohne Jahr', year: null, saved: true }, 'Ohne Jahr · gespeichert – AMIP-Planer'],
    [{ planName: null, year: null, saved: true }, 'AMIP-Planer'],
    [{ planName: '  ', year: 2016, saved: false }, 'AMIP-Planer'],
    [
      { planName: 'Zeile\nUmbruch', year: 2016, saved: true },
      'Zeile Umbruch · 2016 · gespeichert – AMIP-Planer',
    ],
  ])('%j → %s', (title, expected) => {
    expect(formatWindowTitle(title)).toBe(expected);
  });
});

describe('menu commands', () => {
  it('shortcuts read as in German Office', () => {
    expect(formatAccelerator('CommandOrControl+Shift+S')).toBe('Strg+Umschalt+S');
    expect(formatAccelerator('CommandOrControl+Plus')).toBe('Strg++');
    expect(formatAccelerator('F1')).toBe('F1');
  });

  it('recognises ids, and nothing inherited', () => {
    expect(MENU_COMMAND_IDS).toContain('neuer-plan');
    expect(isMenuCommandId('ansicht:kennzahlen')).toBe(true);
    expect(isMenuCommandId('toString')).toBe(false);
    expect(isMenuCommandId(7)).toBe(false);
    expect(SHEET_COMMAND_IDS).toEqual([
      'ansicht:uebersicht',
      'ansicht:haushalt',
      'ansicht:massnahmeportfolio',
      'ansicht:bildungszielplanung',
      'ansicht:kennzahlen',
    ]);
  });
});

describe('file kinds', () => {
  it.each([
    ['Plan.amip.json', 'plan'],
    ['PLAN.AMIP.JSON', 'plan'],
    ['Export.xlsx', 'excel'],
    ['Bericht.pdf', 'pdf'],
    ['plan.json', null],
    ['amip.json', null],
  ])('%s is %s', (name, kind) => {
    expect(fileKindOfName(name)).toBe(kind);
  });

  it('adds a missing extension once', () => {
    expect(withExtension('Plan 2016', 'plan')).toBe('Plan 2016.amip.json');
    expect(withExtension('Plan 2016.AMIP.json', 'plan')).toBe('Plan 2016.AMIP.json');
    expect(withExtension('Plan.json', 'plan')).toBe('Plan.json.amip.json');
  });

  it('baseName splits Windows and POSIX paths', () => {
    expect(baseName('C:\\Pläne\\a.amip.json')).toBe('a.amip.json');
    expect(baseName('/home/p/b.xlsx')).toBe('b.xlsx');
  });
});
