/**
 * The Trägerversammlung pack as data: every text the printed document shows, computed from the
 * calculation core and formatted with the shared German formatters. Pure (no DOM, no React),
 * so the browser print view, the Electron PDF export, the CLI and the tests print the same.
 * Each section is a file in ./sections/ (mirroring shared/excel/layout/) that draws its sheet's
 * outline (shared/outline/); this file puts them together with the cover.
 */
import { Calculation } from '../../shared/calc/engine';
import { runChecks } from '../../shared/checks/runChecks';
import type { Plan } from '../../shared/model/plan';
import { haushaltOutline } from '../../shared/outline/haushalt';
import { planTitle } from '../../shared/storage/records';
import { PackContext } from './packContext';
import type { PrintPack, PrintPackOptions, PrintSection } from './packTypes';
import { aenderungenSection } from './sections/aenderungen';
import { bemerkungenSection } from './sections/bemerkungen';
import { bildungSection } from './sections/bildung';
import { drittmittelSection } from './sections/drittmittel';
import { eckwerteSection } from './sections/eckwerte';
import { haushaltSection } from './sections/haushalt';
import { formatDate } from '../../shared/format/dateFormat';
import { globalbudgetSection } from './sections/globalbudget';
import { verpflichtungenSection } from './sections/verpflichtungen';
import { kennzahlenSection } from './sections/kennzahlen';
import { landSection } from './sections/land';
import { portfolioSection } from './sections/portfolio';
import { pruefungenSection } from './sections/pruefungen';
import { zieleSection } from './sections/ziele';
import { zielgruppenSection } from './sections/zielgruppen';
import { programmSections } from './sections/programm';

export type * from './packTypes';

/** The plan's name as every page footer prints it. */
export function packFooterText(plan: Plan): string {
  return `AMIP ${plan.header.year} · ${planTitle(plan.header)} (${plan.header.status})`;
}

/** Builds the whole pack of `plan` (figures computed once, checks run on the same calculation). */
export function buildPrintPack(plan: Plan, options: PrintPackOptions = {}): PrintPack {
  const calc = new Calculation(plan);
  const ctx = new PackContext(plan, calc);
  const checks = runChecks(plan, calc);
  const haushalt = haushaltOutline(plan, ctx.labels);
  const sections: PrintSection[] = [
    eckwerteSection(ctx),
    ...programmSections(plan, calc),
    haushaltSection(ctx, haushalt),
    portfolioSection(ctx),
    bildungSection(ctx),
    kennzahlenSection(ctx),
    drittmittelSection(ctx, haushalt),
    zieleSection(ctx),
    globalbudgetSection(ctx),
    verpflichtungenSection(ctx),
    ...[zielgruppenSection(ctx)].filter((s) => s !== null),
    pruefungenSection(plan, checks, ctx),
  ].filter((s): s is PrintSection => s !== null);
  const bemerkungen = bemerkungenSection(ctx);
  if (bemerkungen) sections.push(bemerkungen);
  if (options.vergleich) sections.push(aenderungenSection(plan, options.vergleich));
  if (options.land) sections.push(landSection(options.land));
  const { header } = plan;
  return {
    title: `AMIP ${header.year} – ${planTitle(header)}`,
    footerText: packFooterText(plan),
    cover: {
      title: `Arbeitsmarkt- und Integrationsprogramm ${header.year}`,
      jobcenter: header.jobcenter,
      occasion: 'Vorlage für die Trägerversammlung',
      facts: [
        { label: 'Jobcenter', value: header.jobcenter },
        { label: 'Planungsjahr', value: String(header.year) },
        { label: 'Variante', value: header.variante },
        { label: 'Status', value: header.status },
        { label: 'Stand', value: formatDate(header.changedAt) },
        { label: 'Verfasst von', value: header.author },
      ],
      contents: sections.map((s) => s.title),
    },
    sections,
  };
}
