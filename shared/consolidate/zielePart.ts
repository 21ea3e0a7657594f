/**
 * The Zielplanung across a group's Jobcenters (zielplanung.md D.2): targets grouped by
 * Kennzahl and segment (the group already fixes year and line). A rate target's Land value is
 * Σ base × target ÷ Σ base (never the mean of the rates), a count's the plain sum, a change the
 * change of the sums; a Jobcenter without its base is named, not guessed. Milestones and
 * deadlines are counted: "n von m erreicht", by the last dialogue that judged them.
 */
import { consolidateChange, consolidateCount, consolidateRate, countReached } from '../calc/consolidation';
import type { Consolidated } from '../calc/consolidation';
import type { FigureUnit } from '../calc/figureDef';
import { IQ, isComputedTotal, zf, zielStructure } from '../calc/ziele';
import { zielStatusKinds } from '../calc/zielStatus';
import { zielKennzahl } from '../model/zielKennzahlen';
import { isIqSegment } from '../model/zielRules';
import type { Ziel, ZielSegment } from '../model/ziele';
import { ZIEL_SEGMENT_LABELS, hasZielvereinbarung, isJudged } from '../model/ziele';
import type { Num } from '../model/plan';
import type { ConsolidationPart } from './parts';
import type { PartDataRow, PartFormula, PartLine, PartTable } from './types';

export const ZIELE_PART_ID = 'ziele';
/** The data rows counting the Jobcenters with a Zielvereinbarung. */
const JOBCENTER_BLOCK = 'land.ziele.jobcenter';

/** One Jobcenter's target of a (Kennzahl, segment): the bases the Land figure adds up. */
interface UnitBases {
  /** Rates: Σ-able numerator and denominator of the target (Integrationen, Ø eLb). */
  zaehler: Num;
  nenner: Num;
  zaehlerVorjahr: Num;
  nennerVorjahr: Num;
  /** Counts and amounts: the target level and the Vorjahr. */
  wert: Num;
  vorjahr: Num;
}

interface Unit extends UnitBases {
  name: string;
  /** The Jobcenter's JobcenterEntry.nr (its rows in the workbook). */
  nr: number;
}

/** One plan's targets as the Land figures take them, in the order of its Zielvereinbarung. */
type ZielItem =
  | { kind: 'judged'; erreicht: boolean | null }
  | { kind: 'local'; erreicht: boolean | null }
  | { kind: 'target'; kennzahl: string; segment: ZielSegment; einheit: Bucket['einheit']; bases: UnitBases };

/** A plan's share of the part: null when it has no Zielvereinbarung. */
type ZieleShare = { items: ZielItem[] } | null;

interface Bucket {
  kennzahl: string;
  segment: ZielSegment;
  einheit: 'quote' | 'anzahl' | 'betrag';
  units: Unit[];
}

const product = (a: Num, b: Num): Num => (a === null || b === null ? null : a * b);

/** Targets that a Land figure can add up: a catalogue Kennzahl, a measured level, no own segment. */
function consolidable(z: Ziel): z is Ziel & { kennzahl: string; einheit: Bucket['einheit'] } {
  return (
    z.kennzahl !== null &&
    z.segment !== 'eigen' &&
    z.einheit !== 'faktor' &&
    z.zielart !== 'monitoring' &&
    !isJudged(z.zielart)
  );
}

function basesOf(z: Ziel, get: (id: string) => Num, computedTotal: boolean): UnitBases {
  const zielwert = get(zf(z.id, 'zielwert'));
  const w = z.werte;
  if (z.einheit !== 'quote')
    return {
      zaehler: null,
      nenner: null,
      zaehlerVorjahr: null,
      nennerVorjahr: null,
      wert: zielwert,
      vorjahr: z.einheit === 'anzahl' ? w.vorjahrAnzahl : w.vorjahrBetrag,
    };
  // The plan's own sums where it has them: the total over its segments (F5), a segment's
  // Integrationen and Ø eLb (typed, else derived); else the planned Ø eLb × the target rate.
  if (computedTotal)
    return {
      zaehler: get(IQ.integrationen),
      nenner: get(IQ.elb),
      zaehlerVorjahr: get(IQ.integrationenVorjahr),
      nennerVorjahr: get(IQ.elbVorjahr),
      wert: null,
      vorjahr: null,
    };
  if (isIqSegment(z) && get(zf(z.id, 'elbBasis')) !== null)
    return {
      zaehler: get(zf(z.id, 'integrationenBasis')),
      nenner: get(zf(z.id, 'elbBasis')),
      zaehlerVorjahr: product(w.elbVorjahr, w.vorjahrQuote),
      nennerVorjahr: w.elbVorjahr,
      wert: null,
      vorjahr: null,
    };
  return {
    zaehler: product(w.elb, zielwert),
    nenner: zielwert === null ? null : w.elb,
    zaehlerVorjahr: product(w.elbVorjahr, w.vorjahrQuote),
    nennerVorjahr: w.vorjahrQuote === null ? null : w.elbVorjahr,
    wert: null,
    vorjahr: null,
  };
}

const segmentLabel = (s: ZielSegment): string => (s === 'gesamt' ? '' : ` (${ZIEL_SEGMENT_LABELS[s]})`);
const leftOutNote = (c: Consolidated): string | undefined =>
  c.leftOut.length > 0 ? `ohne ${c.leftOut.join(', ')} (Grundlage fehlt)` : undefined;

/** The columns of the part's data rows: a target's bases (zielplanung.md D.2). */
const COLUMNS = [
  { key: 'zaehler', label: 'Zähler (Integrationen Ziel)' },
  { key: 'nenner', label: 'Nenner (Ø eLb Plan)' },
  { key: 'zaehlerVorjahr', label: 'Zähler Vorjahr' },
  { key: 'nennerVorjahr', label: 'Nenner Vorjahr' },
  { key: 'wert', label: 'Zielwert (Anzahl, Betrag)' },
  { key: 'vorjahr', label: 'Vorjahr (Anzahl, Betrag)' },
  { key: 'erreicht', label: 'erreicht (1 ja, 0 nein, leer offen)' },
] as const;

function bucketLines(
  b: Bucket,
  year: number,
): { lines: PartLine[]; figures: Record<string, Num>; rows: PartDataRow[] } {
  const title =
    `${b.kennzahl} ${zielKennzahl(b.kennzahl, year)?.name ?? ''}`.trim() + segmentLabel(b.segment);
  const key = `land.ziele.${b.kennzahl}.${b.segment}`;
  // A Kennzahl and segment could come as rate and as count: the rows' block tells them apart.
  const block = `${key}.${b.einheit}`;
  const rows: PartDataRow[] = b.units.map((u) => ({
    nr: u.nr,
    jobcenter: u.name,
    block,
    label: title,
    values: {
      zaehler: u.zaehler,
      nenner: u.nenner,
      zaehlerVorjahr: u.zaehlerVorjahr,
      nennerVorjahr: u.nennerVorjahr,
      wert: u.wert,
      vorjahr: u.vorjahr,
    },
  }));
  const lines: PartLine[] = [
    {
      label: `${title}: Jobcenter mit Ziel`,
      unit: 'count',
      value: b.units.length,
      formula: { kind: 'rows', block },
    },
  ];
  const figures: Record<string, Num> = { [`${key}.jobcenter`]: b.units.length };
  const add = (name: string, label: string, unit: FigureUnit, c: Consolidated, formula: PartFormula) => {
    const note = leftOutNote(c);
    lines.push({ label: `${title}: ${label}`, unit, value: c.value, formula, ...(note ? { note } : {}) });
    figures[`${key}.${name}`] = c.value;
    figures[`${key}.${name}Ausgelassen`] = c.leftOut.length;
  };
  if (b.einheit === 'quote') {
    const ziel = consolidateRate(
      b.units.map((u) => ({ name: u.name, zaehler: u.zaehler, nenner: u.nenner })),
    );
    const vorjahr = consolidateRate(
      b.units.map((u) => ({ name: u.name, zaehler: u.zaehlerVorjahr, nenner: u.nennerVorjahr })),
    );
    // The change compares the two Land rates over the Jobcenters that have all four bases.
    const both = b.units.filter(
      (u) =>
        [u.zaehler, u.nenner, u.zaehlerVorjahr, u.nennerVorjahr].every((v) => v !== null) && u.nenner !== 0,
    );
    const zb = consolidateRate(both.map((u) => ({ name: u.name, zaehler: u.zaehler, nenner: u.nenner })));
    const vb = consolidateRate(
      both.map((u) => ({ name: u.name, zaehler: u.zaehlerVorjahr, nenner: u.nennerVorjahr })),
    );
    const change: Consolidated = {
      value: zb.value === null || vb.value === null || vb.value === 0 ? null : zb.value / vb.value - 1,
      leftOut: b.units.filter((u) => !both.includes(u)).map((u) => u.name),
    };
    const rate = { kind: 'rate', block, num: 'zaehler', den: 'nenner' } as const;
    const rateVorjahr = { kind: 'rate', block, num: 'zaehlerVorjahr', den: 'nennerVorjahr' } as const;
    add('zielwert', 'Zielquote (Σ Basis × Quote ÷ Σ Basis)', 'ratio', ziel, rate);
    add(
      'basis',
      'Ø eLb Plan (Σ)',
      'count',
      consolidateCount(b.units.map((u) => ({ name: u.name, wert: u.nenner }))),
      { kind: 'sum', block, of: 'nenner' },
    );
    add('vorjahr', 'Quote Vorjahr (Σ ÷ Σ)', 'ratio', vorjahr, rateVorjahr);
    add('veraenderung', 'Veränderung', 'change', change, {
      ...rate,
      kind: 'rateChange',
      numVorjahr: rateVorjahr.num,
      denVorjahr: rateVorjahr.den,
    });
  } else {
    const unit: FigureUnit = b.einheit === 'anzahl' ? 'count' : 'eur';
    add(
      'zielwert',
      'Zielwert (Σ)',
      unit,
      consolidateCount(b.units.map((u) => ({ name: u.name, wert: u.wert }))),
      { kind: 'sum', block, of: 'wert' },
    );
    add(
      'vorjahr',
      'Vorjahr (Σ)',
      unit,
      consolidateCount(b.units.map((u) => ({ name: u.name, wert: u.vorjahr }))),
      { kind: 'sum', block, of: 'vorjahr' },
    );
    // Σ L(t−1)·(1 + c) ÷ Σ L(t−1) − 1: the caps weighted by the Vorjahr stock (D.2).
    add(
      'veraenderung',
      'Veränderung (Σ Ziel ÷ Σ Vorjahr − 1)',
      'change',
      consolidateChange(b.units.map((u) => ({ name: u.name, jetzt: u.wert, vorjahr: u.vorjahr }))),
      { kind: 'change', block, num: 'wert', den: 'vorjahr' },
    );
  }
  return { lines, figures, rows };
}

export const zielePart: ConsolidationPart<ZieleShare> = {
  id: ZIELE_PART_ID,
  read(plan, calc) {
    if (!hasZielvereinbarung(plan.zielvereinbarung)) return null;
    const get = calc.get;
    const s = zielStructure(plan);
    const items: ZielItem[] = [];
    // The status without the titles the Übersicht shows (the Land counts, it does not name).
    for (const st of zielStatusKinds(plan, { get })) {
      const z = st.ziel;
      const erreicht = st.kind === 'erreicht' ? true : st.kind === 'nichtErreicht' ? false : null;
      if (isJudged(z.zielart)) items.push({ kind: 'judged', erreicht });
      else if (!consolidable(z)) {
        if (z.zielart !== 'monitoring' && z.kennzahl === null) items.push({ kind: 'local', erreicht });
      } else
        items.push({
          kind: 'target',
          kennzahl: z.kennzahl,
          segment: z.segment,
          einheit: z.einheit,
          bases: basesOf(z, get, isComputedTotal(z, s)),
        });
    }
    return { items };
  },
  consolidate(members) {
    const withZiele = members.flatMap(({ entry, data }) => (data ? [{ entry, items: data.items }] : []));
    if (withZiele.length === 0) return null;
    const year = withZiele[0]!.entry.year;
    const buckets = new Map<string, Bucket>();
    type Judged = { erreicht: boolean | null; nr: number; jobcenter: string };
    const judged: Judged[] = [];
    const local: Judged[] = [];
    const rows: PartDataRow[] = [];
    for (const { entry, items } of withZiele) {
      const { nr, jobcenter } = entry;
      rows.push({ nr, jobcenter, block: JOBCENTER_BLOCK, label: 'Zielvereinbarung', values: {} });
      for (const it of items) {
        if (it.kind === 'judged') judged.push({ erreicht: it.erreicht, nr, jobcenter });
        else if (it.kind === 'local') local.push({ erreicht: it.erreicht, nr, jobcenter });
        else {
          const k = `${it.kennzahl}\u0000${it.segment}\u0000${it.einheit}`;
          const b = buckets.get(k) ?? {
            kennzahl: it.kennzahl,
            segment: it.segment,
            einheit: it.einheit,
            units: [],
          };
          b.units.push({ name: jobcenter, nr, ...it.bases });
          buckets.set(k, b);
        }
      }
    }
    const lines: PartLine[] = [
      {
        label: 'Jobcenter mit Zielvereinbarung',
        unit: 'count',
        value: withZiele.length,
        formula: { kind: 'rows', block: JOBCENTER_BLOCK },
      },
    ];
    const figures: Record<string, Num> = {
      'land.ziele.jobcenter': withZiele.length,
      'land.ziele.ohneZielvereinbarung': members.length - withZiele.length,
    };
    const without = members.filter((m) => m.data === null).map((m) => m.entry.jobcenter);
    if (without.length > 0) lines[0]!.note = `ohne Zielvereinbarung: ${without.join(', ')}`;
    const sorted = [...buckets.values()].sort(
      (a, b) => a.kennzahl.localeCompare(b.kennzahl) || a.segment.localeCompare(b.segment),
    );
    for (const b of sorted) {
      const r = bucketLines(b, year);
      lines.push(...r.lines);
      rows.push(...r.rows);
      Object.assign(figures, r.figures);
    }
    const counted = (name: string, label: string, items: Judged[]) => {
      if (items.length === 0) return;
      const n = countReached(items);
      const block = `land.ziele.${name}`;
      for (const u of items)
        rows.push({
          nr: u.nr,
          jobcenter: u.jobcenter,
          block,
          label,
          values: { erreicht: u.erreicht === null ? null : u.erreicht ? 1 : 0 },
        });
      lines.push({
        label,
        unit: 'text',
        value: `${n.erreicht} von ${n.von} erreicht${n.offen > 0 ? ` (${n.offen} noch nicht beurteilt)` : ''}`,
        formula: { kind: 'reached', block, of: 'erreicht' },
      });
      figures[`land.ziele.${name}.erreicht`] = n.erreicht;
      figures[`land.ziele.${name}.von`] = n.von;
      figures[`land.ziele.${name}.offen`] = n.offen;
    };
    counted('meilensteine', 'Meilensteine und Termine', judged);
    counted('lokal', 'lokale Ziele ohne Kennzahl', local);
    const table: PartTable = {
      id: ZIELE_PART_ID,
      title: 'Zielplanung',
      lines,
      figures,
      columns: COLUMNS.map((c) => ({ ...c })),
      rows,
    };
    return table;
  },
};
