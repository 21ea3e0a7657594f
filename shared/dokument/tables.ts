/**
 * Which sheet tables the Programm document carries, and after which chapter's texts. One entry
 * per table group; the Word export and the PDF pack read this list. A new sheet (e.g. the
 * Zielplanung's "Ziele") is added to the document by one entry here: its chapter art, and
 * `present` to leave it out while the plan has no such data.
 */
import type { Calculation } from '../calc/engine';
import type { KapitelArt } from '../model/dokument';
import type { Plan } from '../model/plan';
import { bildungOutline } from '../outline/bildung';
import { drittmittelOutline } from '../outline/drittmittel';
import { haushaltOutline } from '../outline/haushalt';
import { kennzahlenOutline } from '../outline/kennzahlen';
import { calcLabels } from '../outline/labels';
import { portfolioOutline } from '../outline/portfolio';
import type { PackValues, PrintTable } from '../outline/printTable';
import { printTable } from '../outline/printTable';
import type { OutlineTable } from '../outline/types';
import { readInput } from '../model/inputs';
import { hasZielvereinbarung } from '../model/ziele';
import { zieleTables } from '../outline/ziele';

export interface TableContext {
  plan: Plan;
  calc: Calculation;
  values: PackValues;
}

export interface DokumentTabellen {
  id: string;
  /** The chapter whose texts the tables follow; without such a chapter they get one of their own, titled `titel`. */
  kapitel: KapitelArt;
  titel: string;
  present?: (plan: Plan) => boolean;
  /** Tables after the chapter's own texts. */
  tables: (ctx: TableContext) => OutlineTable[];
  /** Tables after each Handlungsschwerpunkt's texts (only for the chapter `schwerpunkte`). */
  perSchwerpunkt?: (ctx: TableContext, areaId: string) => OutlineTable[];
}

/** The portfolio of one area: its lines (heading, instruments, references, sum). */
function areaTable(table: OutlineTable, areaId: string, caption: string): OutlineTable {
  return {
    ...table,
    id: `portfolio-${areaId}`,
    caption,
    rows: table.rows.filter((r) => r.areaId === areaId),
  };
}

// The portfolio outline is built once per document and shared by its per-area tables.
const portfolioCache = new WeakMap<Plan, OutlineTable>();
function portfolio(plan: Plan): OutlineTable {
  let t = portfolioCache.get(plan);
  if (!t) portfolioCache.set(plan, (t = portfolioOutline(plan)));
  return t;
}

export const DOKUMENT_TABELLEN: readonly DokumentTabellen[] = [
  {
    id: 'haushalt',
    kapitel: 'ressourcen',
    titel: 'Ressourcen',
    tables: ({ plan, calc }) => {
      const labels = calcLabels(calc);
      const h = haushaltOutline(plan, labels);
      return [
        h.chain,
        ...(plan.haushalt.ausserhalbEgt.length ? [h.ausserhalb] : []),
        ...(h.deckel.rows.length ? [h.deckel] : []),
        ...(plan.drittmittel.length ? [drittmittelOutline(plan, labels)] : []),
      ];
    },
  },
  {
    id: 'portfolio',
    kapitel: 'schwerpunkte',
    titel: 'Handlungsschwerpunkte',
    perSchwerpunkt: ({ plan }, areaId) => {
      const area = plan.schwerpunkte.find((a) => a.id === areaId);
      return area
        ? [areaTable(portfolio(plan), areaId, `Maßnahmen im Handlungsschwerpunkt „${area.name}“`)]
        : [];
    },
    // The totals of all areas after the last one.
    tables: ({ plan }) => {
      const t = portfolio(plan);
      return [
        {
          ...t,
          id: 'portfolio-gesamt',
          caption: `Maßnahmeportfolio ${plan.header.year} gesamt`,
          rows: t.rows.filter((r) => r.areaId === undefined),
        },
      ];
    },
  },
  {
    id: 'bildung',
    kapitel: 'bildung',
    titel: 'Bildungszielplanung',
    tables: ({ plan, calc }) => [bildungOutline(plan, calcLabels(calc))],
  },
  {
    id: 'kennzahlen',
    kapitel: 'kennzahlen',
    titel: 'Kennzahlen',
    tables: ({ plan }) => [kennzahlenOutline(plan)],
  },
  {
    // The Zielvereinbarung's targets follow the Kennzahlen, only in a plan that has one.
    id: 'ziele',
    kapitel: 'kennzahlen',
    titel: 'Ziele',
    present: (plan) => hasZielvereinbarung(plan.zielvereinbarung),
    tables: ({ plan, calc }) => zieleTables(plan, calcLabels(calc)),
  },
];

export function tableContext(plan: Plan, calc: Calculation): TableContext {
  return { plan, calc, values: { get: (id) => calc.get(id), input: (key) => readInput(plan, key) ?? null } };
}

/** An outline table as the document prints it (formatted texts, print columns). */
export const documentTable = (table: OutlineTable, ctx: TableContext): PrintTable =>
  printTable(table, ctx.values);
