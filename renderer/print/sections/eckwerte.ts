/** Eckwerte: the EGT chain as a waterfall, the key figures beside the Vorjahr, areas as bars. */
import { hh } from '../../../shared/calc/egtChain';
import { HAUSHALT_FIELD_LABELS } from '../../../shared/model/inputLabels';
import type { Plan } from '../../../shared/model/plan';
import { eckwerteOutline } from '../../../shared/outline/eckwerte';
import { vorjahrKnown } from '../../../shared/outline/vorjahr';
import type { PackContext } from '../packContext';
import type { PrintSection, WaterfallStep } from '../packTypes';
import { printTable } from '../outlineTable';

function waterfallSteps(ctx: PackContext): WaterfallStep[] {
  const h = ctx.plan.haushalt;
  const figure = (name: string, kind: WaterfallStep['kind'], sign = 1): WaterfallStep => ({
    label: ctx.label(hh('plan', name)),
    value: sign * (ctx.get(hh('plan', name)) ?? 0),
    kind,
  });
  const zuweisungen = h.zuweisungen.reduce((s, z) => s + (z.betrag.plan ?? 0), 0);
  const steps: WaterfallStep[] = [figure('mittelausstattung', 'zugang')];
  if (h.rueckeinnahmen.plan)
    steps.push({ label: HAUSHALT_FIELD_LABELS.rueckeinnahmen, value: h.rueckeinnahmen.plan, kind: 'zugang' });
  if (zuweisungen) steps.push({ label: 'zusätzliche Zuweisungen', value: zuweisungen, kind: 'zugang' });
  steps.push(
    figure('summeEingliederungsmittel', 'summe'),
    figure('umschichtung', 'abzug', -1),
    figure('verfuegbaresEgt', 'summe'),
    figure('vorbindungen', 'abzug', -1),
    figure('mittelFuerNeufaelle', 'summe'),
    figure('geplanterMitteleinsatz', 'summe'),
  );
  return steps;
}

export function eckwerteSection(ctx: PackContext): PrintSection {
  const { plan } = ctx;
  const { year, vorjahr } = plan.header;
  const vjMittel = vorjahrKnown(plan, 'vorjahrMittel');
  const vjEintritte = vorjahrKnown(plan, 'vorjahrEintritte');
  const areaRows = (p: Plan, eur: boolean) =>
    p.schwerpunkte.map((a) => ({
      label: a.name,
      plan: ctx.get(`area.${a.id}.${eur ? 'mittelansatzEgt' : 'eintritte'}`) ?? 0,
      vorjahr: (eur ? vjMittel : vjEintritte)
        ? (ctx.get(`area.${a.id}.${eur ? 'vorjahrMittelEgt' : 'vorjahrEintritte'}`) ?? 0)
        : null,
    }));
  const table = printTable(eckwerteOutline(plan, ctx.labels), ctx);
  if (!vjMittel) table.notes.push(mitteleinsatzVorjahrNote(plan));
  return {
    id: 'eckwerte',
    title: `Eckwerte ${year}`,
    orientation: 'portrait',
    blocks: [
      {
        kind: 'charts',
        charts: [
          {
            kind: 'waterfall',
            id: 'egt-kette',
            title: `Vom Eingliederungstitel zum geplanten Mitteleinsatz ${year} (Mio. €)`,
            steps: waterfallSteps(ctx),
          },
        ],
      },
      { kind: 'table', table },
      {
        kind: 'charts',
        charts: [
          {
            kind: 'areaBars',
            id: 'mittel-je-hs',
            title: 'Mittelansatz EGT je Schwerpunkt (Mio. €)',
            unit: 'eur',
            categoryLabels: true,
            planLabel: `Plan ${year}`,
            vorjahrLabel: vjMittel ? `Vorjahr ${vorjahr}` : null,
            rows: areaRows(plan, true),
          },
          {
            kind: 'areaBars',
            id: 'eintritte-je-hs',
            title: 'Eintritte je Schwerpunkt',
            unit: 'count',
            categoryLabels: false,
            planLabel: `Plan ${year}`,
            vorjahrLabel: vjEintritte ? `Vorjahr ${vorjahr}` : null,
            rows: areaRows(plan, false),
          },
        ],
      },
    ],
  };
}

/** Under the Eckwerte and the Haushalt when no row carries a Vorjahr amount. */
export const mitteleinsatzVorjahrNote = (plan: Plan): string =>
  `Der geplante Mitteleinsatz des Vorjahres ${plan.header.vorjahr} ist im Plan nicht erfasst.`;
