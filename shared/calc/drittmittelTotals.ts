/**
 * Drittmittel (fachkonzept §2.1, second table) and the Mittel für aktive Arbeitsmarktpolitik.
 */
import { cellKey } from '../model/cellKey';
import type { Plan } from '../model/plan';
import { add, fig, input, sub, sum } from './expr';
import type { FigureDef } from './figureDef';
import { figure } from './figureDef';
import { hh } from './egtChain';

export function drittmittelFigures(plan: Plan): FigureDef[] {
  const dm = (id: string, field: 'betragJahr' | 'davonPersonal') =>
    input(cellKey({ kind: 'drittmittel', id, field }));
  return [
    ...plan.drittmittel.map((d) =>
      figure(
        `drittmittel.${d.id}.fuerAmdl`,
        `${d.programm}: für AMDL`,
        'eur',
        'drittmittel',
        sub(dm(d.id, 'betragJahr'), dm(d.id, 'davonPersonal')),
        { rowId: d.id },
      ),
    ),
    figure(
      'drittmittel.summe',
      'Drittmittel gesamt',
      'eur',
      'drittmittel',
      sum(plan.drittmittel.map((d) => dm(d.id, 'betragJahr'))),
      { definedName: 'Drittmittel_gesamt' },
    ),
    figure(
      'drittmittel.davonPersonal',
      'Drittmittel davon Personal',
      'eur',
      'drittmittel',
      sum(plan.drittmittel.map((d) => dm(d.id, 'davonPersonal'))),
      { definedName: 'Drittmittel_Personal' },
    ),
    // Drittmittel for services (AMDL) = Drittmittel gesamt − davon Personal
    figure(
      'drittmittel.fuerAmdl',
      'Drittmittel für Arbeitsmarktdienstleistungen',
      'eur',
      'drittmittel',
      sub(fig('drittmittel.summe'), fig('drittmittel.davonPersonal')),
      { definedName: 'Drittmittel_AMDL' },
    ),
    // Mittel für aktive Arbeitsmarktpolitik = verfügbares EGT + Σ Drittmittel for services
    figure(
      'mittelAktiveAmp',
      'Mittel für aktive Arbeitsmarktpolitik',
      'eur',
      'haushalt',
      add(fig(hh('plan', 'verfuegbaresEgt')), fig('drittmittel.fuerAmdl')),
      { definedName: 'Mittel_aktive_AMP' },
    ),
    // … and beside it, never mixed in: plus the money outside the EGT
    figure(
      'mittelAktiveAmpMitAusserhalbEgt',
      'Mittel für aktive Arbeitsmarktpolitik einschl. Mittel außerhalb des EGT',
      'eur',
      'haushalt',
      add(fig('mittelAktiveAmp'), fig('haushalt.ausserhalbEgt')),
      { definedName: 'Mittel_aktive_AMP_inkl_ausserhalb' },
    ),
  ];
}
