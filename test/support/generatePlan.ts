/**
 * A deterministic plan of any size for tests and benchmarks: the same `{ rows, seed }` always
 * gives the same plan. 6-12 Handlungsschwerpunkte, references between areas, nachrichtlich and
 * "enthalten in" rows, Drittmittel-financed rows, empty cells, the user's own formulas, and an
 * Umschichtung typed as amount or as share.
 */
import type {
  Drittmittel,
  Finanzierung,
  Handlungsschwerpunkt,
  InstrumentRow,
  KennzahlVorjahr,
  Num,
  Plan,
  PortfolioRow,
  UmschichtungInput,
} from '../../shared/model/plan';
import { SCHEMA_VERSION } from '../../shared/model/plan';
import { defaultStammdaten } from '../../shared/model/stammdaten';
import { emptyZielvereinbarung } from '../../shared/model/ziele';
import { defaultBudget } from '../../shared/model/newLines';
import { defaultDokument } from '../../shared/model/dokument';

export interface GeneratePlanOptions {
  /** Portfolio rows in total (instrument rows and references). */
  rows: number;
  seed: number;
}

/** mulberry32: small, fast, good enough to spread test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREA_NAMES = [
  'Integration',
  'Qualifizierung Geringqualifizierter',
  'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
  'Alleinerziehende',
  'Jugendliche (U25)',
  'Geflüchtete',
  'Gesundheit und Teilhabe',
  'Selbständigkeit',
  'Frauen und Berufsrückkehr',
  'Menschen mit Behinderung',
  'Ältere Arbeitslose',
  'Bedarfsgemeinschaften',
];

const INSTRUMENTS = [
  'Maßnahmen beim Arbeitgeber (MAG)',
  'Eingliederungszuschüsse (EGZ)',
  'Einstiegsgeld (ESG)',
  'Aktivcenter',
  'Arbeitsgelegenheiten',
  'Coaching & Stabilisierung',
  'Vermittlungsprojekt „Neustart“',
  'Individuelle Förderungen über AVGS-MAT',
  'Werkstatt für junge Menschen',
  'Sprachförderung & Orientierung',
];

export function generatePlan({ rows, seed }: GeneratePlanOptions): Plan {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const euro = (max: number): number =>
    chance(0.2) ? Math.round(rnd() * max * 100) / 100 : int(0, max / 10) * 10;
  const maybe = (p: number, v: () => number): Num => (chance(p) ? null : v());

  const stammdaten = defaultStammdaten();
  const kategorien = stammdaten.foerderkategorien.flatMap((c) => [
    c.key,
    ...c.lines.filter((l) => l.kind === 'line').map((l) => l.key),
  ]);
  const year = int(2013, 2020);
  const formeln: Record<string, string> = {};

  const drittmittel: Drittmittel[] = Array.from({ length: int(2, 6) }, (_, i) => {
    const betragJahr = int(1, 400) * 5_000;
    return {
      id: `dm-${seed}-${i}`,
      programm: `Programm ${i + 1} (${pick(['ESF', 'Land', 'Bund', 'Kommune'])})`,
      bewilligungGesamt: maybe(0.2, () => betragJahr * int(1, 5)),
      zeitraum: `${year - int(0, 2)}-${year + int(0, 3)}`,
      betragJahr,
      davonPersonal: maybe(0.3, () => int(0, betragJahr / 5_000) * 1_000),
    };
  });

  const areaCount = int(6, 12);
  const areas: Handlungsschwerpunkt[] = Array.from({ length: areaCount }, (_, i) => ({
    id: `hs-${seed}-${i}`,
    name: AREA_NAMES[i] ?? `Handlungsschwerpunkt ${i + 1}`,
    rows: [],
  }));
  const instruments: { row: InstrumentRow; area: number }[] = [];
  // Rows fill the areas in order, so the instruments of other areas are exactly those before the
  // current area's first one, and each area keeps its own EGT rows: O(1) per row instead of
  // filtering all rows each time (60.000 rows took minutes). Same plan for the same seed.
  let areaFirstInstrument = 0;
  let currentArea = 0;
  const egtByArea: InstrumentRow[][] = areas.map(() => []);
  let fbwDone = false;

  for (let n = 0; n < rows; n++) {
    const areaIndex = Math.min(areaCount - 1, Math.floor((n / rows) * areaCount));
    const area = areas[areaIndex]!;
    const id = `r-${seed}-${n}`;
    if (areaIndex !== currentArea) {
      currentArea = areaIndex;
      areaFirstInstrument = instruments.length;
    }
    if (areaFirstInstrument > 0 && chance(0.05)) {
      const owner = instruments[Math.floor(rnd() * areaFirstInstrument)]!; // pick() among the other areas' rows
      area.rows.push({ kind: 'reference', id, ownerRowId: owner.row.id } satisfies PortfolioRow);
      continue;
    }
    const sameArea = egtByArea[areaIndex]!;
    let finanzierung: Finanzierung = { art: 'EGT' };
    if (sameArea.length > 0 && chance(0.04)) finanzierung = { art: 'enthalten', inRowId: pick(sameArea).id };
    else if (chance(0.06)) finanzierung = { art: 'Drittmittel', programmId: pick(drittmittel).id };
    const kategorie = chance(0.03) ? null : pick(kategorien);
    const fbw: boolean = !fbwDone && kategorie === 'II';
    fbwDone ||= fbw;
    const row: InstrumentRow = {
      kind: 'instrument',
      id,
      instrument: `${pick(INSTRUMENTS)} ${n + 1}`,
      kategorie,
      eintritte: maybe(0.05, () => int(0, 2_000)),
      mittelansatz: finanzierung.art === 'enthalten' ? null : maybe(0.05, () => euro(3_000_000)),
      finanzierung,
      nachrichtlich: chance(0.04),
      vorjahrEintritte: maybe(0.25, () => int(0, 2_000)),
      vorjahrMittel: maybe(0.25, () => euro(3_000_000)),
      funktion: chance(0.3)
        ? `Funktion im Integrationsprozess für Position ${n + 1}: Aktivierung, Stabilisierung & Vermittlung.`
        : '',
      fbw,
    };
    // Now and then the user typed a calculation, e.g. "=120*2400" or "=2,5*1000".
    if (row.mittelansatz !== null && chance(0.03)) {
      const places = int(1, 300);
      const price = int(1, 9_000);
      const decimal = chance(0.5);
      row.mittelansatz = decimal ? (places * price) / 10 : places * price;
      formeln[`row.${id}.mittelansatz`] = decimal
        ? `=${places}*${String(price / 10).replace('.', ',')}`
        : `=${places}*${price}`;
    }
    area.rows.push(row);
    instruments.push({ row, area: areaIndex });
    // "enthalten in" needs a row that carries money (shared/model/enthaltenIn.ts)
    if (finanzierung.art === 'EGT' && !row.nachrichtlich) sameArea.push(row);
  }

  const summe = int(20, 90) * 1_000_000;
  const umschichtung = (): UmschichtungInput =>
    chance(0.5)
      ? { mode: 'betrag', betrag: int(0, 5_000) * 1_000 }
      : { mode: 'quote', quote: int(0, 120) / 1_000 };
  const kennzahlen: KennzahlVorjahr[] = stammdaten.foerderkategorien.flatMap((c) => [
    { key: c.key, ergebnisVorjahr: maybe(0.2, () => int(0, 8_000)) },
    ...c.lines.map((l) =>
      l.kind === 'darunter'
        ? {
            key: l.key,
            ergebnisVorjahr: maybe(0.3, () => int(0, 500)),
            plaetzePlan: maybe(0.2, () => int(0, 500)),
          }
        : { key: l.key, ergebnisVorjahr: maybe(0.2, () => int(0, 3_000)) },
    ),
  ]);

  return {
    schemaVersion: SCHEMA_VERSION,
    id: `generiert-${seed}-${rows}`,
    header: {
      jobcenter: `Jobcenter Muster ${seed}`,
      year,
      vorjahr: year - 1,
      status: pick(['Entwurf', 'Abstimmung', 'beschlossen', 'Fortschreibung'] as const),
      variante: `Generiert (${rows} Zeilen, Saat ${seed})`,
      author: 'Testdaten',
      changedAt: new Date(Date.UTC(year - 1, int(0, 11), int(1, 28), int(7, 18))).toISOString(),
    },
    haushalt: {
      mittelausstattung: { plan: summe, vorjahr: maybe(0.1, () => summe - int(0, 5) * 1_000_000) },
      rueckeinnahmen: {
        plan: maybe(0.2, () => int(0, 100) * 1_000),
        vorjahr: maybe(0.3, () => int(0, 100) * 1_000),
      },
      zuweisungen: Array.from({ length: int(0, 3) }, (_, i) => ({
        id: `zw-${seed}-${i}`,
        name: `Zusätzliche Zuweisung ${i + 1}`,
        betrag: { plan: int(0, 3_000) * 1_000, vorjahr: maybe(0.5, () => int(0, 3_000) * 1_000) },
      })),
      umschichtung: { plan: umschichtung(), vorjahr: umschichtung() },
      vorbindungen: {
        plan: int(0, summe / 2_000_000) * 1_000_000,
        vorjahr: maybe(0.2, () => int(0, 20) * 1_000_000),
      },
      ausserhalbEgt: Array.from({ length: int(0, 2) }, (_, i) => ({
        id: `ae-${seed}-${i}`,
        name: `Mittel außerhalb des EGT ${i + 1}`,
        betrag: maybe(0.2, () => int(0, 2_000) * 1_000),
      })),
    },
    drittmittel,
    ...defaultBudget(),
    schwerpunkte: areas,
    bildungsziele: stammdaten.berufsbereiche.map((_, i) => {
      const foerderungBgs = maybe(0.1, () => int(0, 600));
      return {
        bereich: i + 1,
        foerderungBgs,
        davonAbschluss: foerderungBgs === null ? null : int(0, foerderungBgs),
      };
    }),
    kennzahlen,
    zielgruppen: [],
    stammdaten,
    zielvereinbarung: emptyZielvereinbarung(),
    formeln,
    notizen: {},
    dokument: defaultDokument(),
  };
}
