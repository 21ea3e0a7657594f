/**
 * The Plausibilitätsprüfungen of the Zielvereinbarung (zielplanung.md A.9), each with a German
 * message and the cell to jump to. Every number comes from the calculation core (calc/ziele.ts);
 * the checks only compare, and name figures by their definitions' labels.
 */
import type { FigureId } from '../calc/expr';
import { IQ, isComputedTotal, zf, zielStructure } from '../calc/ziele';
import { cellKey } from '../model/cellKey';
import type { Num } from '../model/plan';
import { SHEET_LABELS } from '../model/sheets';
import { zielKennzahl, isKnownKennzahl } from '../model/zielKennzahlen';
import {
  halfUnit,
  isIqSegment,
  levelField,
  polaritaetOf,
  valueDigits,
  vorjahrField,
  zielTitle,
} from '../model/zielRules';
import type { Ziel, ZielField } from '../model/ziele';
import { ASYL_SEGMENTE_AB, ZIEL_SEGMENT_LABELS, isRelChange } from '../model/ziele';
import { formatChange, formatCount, formatEur, formatFactor, formatPercent } from '../format/numberFormat';
import { decimalPlaces, roundHalfAwayFromZero } from '../number/rounding';
import type { CheckContext, PlanRule } from './checkRule';
import type { Pruefung, Severity } from './pruefung';

const ZL = SHEET_LABELS.ziele;

/** Binary remainders never decide a check (21,6 % against 21,599999… %). */
const EPSILON = 1e-9;

function levelText(z: Ziel, v: Num): string {
  switch (z.einheit) {
    case 'quote':
      return formatPercent(v, z.stellen);
    case 'anzahl':
      return formatCount(v);
    case 'betrag':
      return formatEur(v);
    case 'faktor':
      return formatFactor(v);
  }
}

/** Percent decimals a typed change carries (+0,8 % → 1, +2,00 % typed as 0.02 → 0, min 1). */
const typedDigits = (v: number): number => Math.max(1, decimalPlaces(roundHalfAwayFromZero(v * 100, 6)));

/** The figures of a target these checks read. */
const ZIEL_FIGURES = ['zielwert', 'veraenderung', 'integrationen', 'elbBasis', 'integrationenBasis'] as const;

/** All checks of the Zielvereinbarung: one rule, it reads a few dozen targets at most. */
export const zielRule: PlanRule = {
  scope: 'plan',
  name: 'Zielvereinbarung',
  reads: (plan) => ({
    parts: ['zielvereinbarung'],
    figures: [IQ.quote, ...plan.zielvereinbarung.ziele.flatMap((z) => ZIEL_FIGURES.map((f) => zf(z.id, f)))],
  }),
  run: (ctx) => zielChecks(ctx),
};

function zielChecks({ plan, calc, title }: CheckContext): Pruefung[] {
  const out: Pruefung[] = [];
  const year = plan.header.year;
  const zv = plan.zielvereinbarung;
  const s = zielStructure(plan);
  const key = (z: Ziel, field: ZielField) => cellKey({ kind: 'ziel', id: z.id, field });
  const push = (
    id: string,
    severity: Severity,
    z: Ziel,
    message: string,
    at: { field?: ZielField; figureId?: FigureId },
  ) =>
    out.push({
      id: `${id}:${z.id}`,
      severity,
      sheet: 'ziele',
      message: `${ZL} › ${message}`,
      location: {
        sheet: 'ziele',
        rowId: z.id,
        ...(at.field ? { cellKey: key(z, at.field) } : {}),
        ...(at.figureId ? { figureId: at.figureId } : {}),
      },
    });

  for (const z of zv.ziele) {
    const t = zielTitle(z, year);
    const vj = vorjahrField(z);
    const vorjahr = vj ? z.werte[vj] : null;
    const computed = isComputedTotal(z, s);

    // A code of another year's catalogue (the indicator set changes between years).
    if (z.kennzahl && !zielKennzahl(z.kennzahl, year))
      push(
        'ziel-kennzahl-jahr',
        'Warnung',
        z,
        `${t}: die Kennzahl ${z.kennzahl} ${isKnownKennzahl(z.kennzahl) ? `gibt es im Kennzahlenkatalog ${year} nicht` : 'ist unbekannt'}.`,
        {},
      );
    if ((z.segment === 'asylFlucht' || z.segment === 'ohneAsylFlucht') && year < ASYL_SEGMENTE_AB)
      push(
        'ziel-segment-jahr',
        'Hinweis',
        z,
        `${t}: das Segment „${ZIEL_SEGMENT_LABELS[z.segment]}“ weist die BA erst ab ${ASYL_SEGMENTE_AB} aus.`,
        {},
      );

    // Polarity reversed: a cap on a rate that should rise, a minimum rise of a stock that should fall.
    const pol = polaritaetOf(z, year);
    if (
      (z.zielart === 'relChangeMax' && pol === 'higherIsBetter') ||
      (z.zielart === 'relChangeMin' && pol === 'lowerIsBetter')
    )
      push(
        'ziel-polaritaet',
        'Warnung',
        z,
        `${t}: ${z.zielart === 'relChangeMax' ? 'eine Obergrenze für den Anstieg' : 'eine Mindeststeigerung'} passt nicht zu einer Kennzahl, für die ${pol === 'higherIsBetter' ? 'höher' : 'niedriger'} besser ist; ist die Richtung vertauscht?`,
        { field: 'aenderung' },
      );

    if (isRelChange(z.zielart) && vj && !computed) {
      if (vorjahr === null)
        push(
          'ziel-ohne-vorjahr',
          'Hinweis',
          z,
          `${t}: eine Veränderung ohne Vorjahreswert lässt sich weder beurteilen noch zu einem regionalen Wert zusammenfassen; bitte den Vorjahreswert eintragen (gedruckt, abgeleitet, Statistik oder Prognose).`,
          { field: vj },
        );
      // F1/F7 against the printed target: more than half a shown digit apart.
      const printedField = levelField(z)!;
      const printed = z.werte[printedField];
      const computedLevel = calc.get(zf(z.id, 'zielwert'));
      if (
        printed !== null &&
        computedLevel !== null &&
        Math.abs(computedLevel - printed) > halfUnit(z) + EPSILON
      )
        push(
          'ziel-zielwert-gedruckt',
          'Warnung',
          z,
          `${title(zf(z.id, 'zielwert'))}: Vorjahr ${levelText(z, vorjahr)} × (1 ${formatChange(calc.get(zf(z.id, 'veraenderung')), 2).replace(/^([+-])/, '$1 ')}) ergibt ${levelText(z, roundHalfAwayFromZero(computedLevel, valueDigits(z)))}, gedruckt ist ${levelText(z, printed)}.`,
          { field: printedField, figureId: zf(z.id, 'zielwert') },
        );
    }

    // A linked target (F8) or the computed total against the change the agreement prints.
    if (isRelChange(z.zielart) && (computed || z.gekoppeltAn !== null)) {
      const used = calc.get(zf(z.id, 'veraenderung'));
      const typed = z.werte.aenderung;
      if (used !== null && typed !== null) {
        const d = typedDigits(typed);
        if (roundHalfAwayFromZero(used * 100, d) !== roundHalfAwayFromZero(typed * 100, d))
          push(
            'ziel-veraenderung-gedruckt',
            'Warnung',
            z,
            `${title(zf(z.id, 'veraenderung'))}: ${computed ? 'aus den Segmenten berechnet' : 'aus dem gekoppelten Ziel'} ${formatChange(used, d)}, laut Vereinbarung ${formatChange(typed, d)}.`,
            { field: 'aenderung', figureId: zf(z.id, 'veraenderung') },
          );
      }
    }
    if (computed && z.werte.quote !== null) {
      const total = calc.get(IQ.quote);
      if (
        total !== null &&
        roundHalfAwayFromZero(total, valueDigits(z)) !== roundHalfAwayFromZero(z.werte.quote, valueDigits(z))
      )
        push(
          'ziel-gesamtquote-gedruckt',
          'Warnung',
          z,
          `${title(IQ.quote)}: Σ Integrationen ÷ Σ eLb der Segmente ergibt ${formatPercent(total, z.stellen)}, laut Vereinbarung ${formatPercent(z.werte.quote, z.stellen)}.`,
          { field: 'quote', figureId: IQ.quote },
        );
    }

    // F2 against printed Integrationen: off by one is rounding, more is a contradiction.
    if (isIqSegment(z)) {
      const f2 = calc.get(zf(z.id, 'integrationen'));
      const typed = z.werte.anzahl;
      if (f2 !== null && typed !== null && f2 !== typed) {
        const diff = Math.abs(f2 - typed);
        push(
          'ziel-integrationen',
          diff === 1 ? 'Hinweis' : 'Warnung',
          z,
          `${title(zf(z.id, 'integrationen'))}: Ø eLb × Integrationsquote gerundet ergibt ${formatCount(f2)}, eingetragen sind ${formatCount(typed)} (${diff === 1 ? 'eine Rundungsdifferenz' : `${formatCount(diff)} Abweichung`}).`,
          { field: 'anzahl', figureId: zf(z.id, 'integrationen') },
        );
      }
      if (calc.get(zf(z.id, 'elbBasis')) === null || calc.get(zf(z.id, 'integrationenBasis')) === null)
        push(
          'ziel-segment-ohne-basis',
          'Hinweis',
          z,
          `${t}: ohne Ø eLb oder Integrationen zählt das Segment bei der Integrationsquote gesamt nicht mit.`,
          { field: 'elb' },
        );
    }

    // A level target at or below the Vorjahr: allowed ([D18] repeats its 17,2 %).
    if (
      z.zielart === 'levelMin' &&
      vj &&
      vorjahr !== null &&
      z.werte.quote !== null &&
      z.werte.quote <= vorjahr
    )
      push(
        'ziel-niveau-vorjahr',
        'Hinweis',
        z,
        `${t}: die Zielquote ${formatPercent(z.werte.quote, z.stellen)} liegt nicht über dem Vorjahr (${formatPercent(vorjahr, z.stellen)}); zulässig, etwa wenn ein gutes Ergebnis wiederholt werden soll.`,
        { field: 'quote' },
      );

    // A Vorjahr of 0: the change stays empty (never infinite).
    if (
      vj &&
      vorjahr === 0 &&
      (isRelChange(z.zielart) ||
        z.zielart === 'levelMin' ||
        z.zielart === 'countMin' ||
        z.zielart === 'absoluteMax')
    )
      push(
        'ziel-vorjahr-null',
        'Hinweis',
        z,
        `${t}: der Vorjahreswert ist 0; eine Veränderung dagegen lässt sich nicht berechnen und bleibt leer.`,
        { field: vj },
      );
  }
  return out;
}
