/**
 * An empty plan of a Jobcenter and year: the standard Handlungsschwerpunkte of fachkonzept §2.2
 * without rows, all inputs empty (the Start screen's new plan and the Zielvereinbarung
 * samples), and a helper for a sample's targets.
 */
import { defaultDokument } from '../model/dokument';
import type { Plan, PlanHeader } from '../model/plan';
import { SCHEMA_VERSION } from '../model/plan';
import { defaultBudget } from '../model/newLines';
import { defaultStammdaten } from '../model/stammdaten';
import type { Ziel, Zielvereinbarung } from '../model/ziele';
import { emptyZielWerte, emptyZielvereinbarung } from '../model/ziele';

/** The Handlungsschwerpunkte most plans start from (fachkonzept §2.2): the template of a new plan. */
export const VORLAGE_SCHWERPUNKTE: readonly string[] = [
  'Integration',
  'Qualifizierung Geringqualifizierter',
  'Abbau Langzeitleistungsbezug und Langzeitarbeitslosigkeit',
  'Alleinerziehende',
  'Jugendliche (U25)',
  'Geflüchtete',
];

export function planFrame(
  id: string,
  header: Omit<PlanHeader, 'vorjahr'>,
  zielvereinbarung: Zielvereinbarung = emptyZielvereinbarung(),
): Plan {
  const stammdaten = defaultStammdaten();
  const empty = { plan: null, vorjahr: null };
  const { jobcenter, year, ...rest } = header;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    // Keys in the schema's order (the file check then keeps the object as it is).
    header: { jobcenter, year, vorjahr: year - 1, ...rest },
    haushalt: {
      mittelausstattung: { ...empty },
      rueckeinnahmen: { ...empty },
      zuweisungen: [],
      umschichtung: { plan: { mode: 'betrag', betrag: null }, vorjahr: { mode: 'betrag', betrag: null } },
      vorbindungen: { ...empty },
      ausserhalbEgt: [],
    },
    drittmittel: [],
    ...defaultBudget(),
    schwerpunkte: VORLAGE_SCHWERPUNKTE.map((name, i) => ({ id: `hs-${id}-${i + 1}`, name, rows: [] })),
    bildungsziele: stammdaten.berufsbereiche.map((_, i) => ({
      bereich: i + 1,
      foerderungBgs: null,
      davonAbschluss: null,
    })),
    kennzahlen: [],
    zielgruppen: [],
    stammdaten,
    zielvereinbarung,
    formeln: {},
    notizen: {},
    dokument: defaultDokument(),
  };
}

/** A target with every field at its default, then the given ones. */
export function ziel(
  id: string,
  fields: Partial<Omit<Ziel, 'werte'>> & { werte?: Partial<Ziel['werte']> },
): Ziel {
  const { werte, ...rest } = fields;
  return {
    id,
    zielbereich: 'lokal',
    kennzahl: null,
    segment: 'gesamt',
    segmentName: '',
    bezeichnung: '',
    zielart: 'monitoring',
    einheit: 'quote',
    polaritaet: 'higherIsBetter',
    stellen: 1,
    // In the schema's place: a plan read from a file has its keys in this order, and the file
    // check keeps such objects as they are instead of copying them (schemaByHand.ts).
    werte: { ...emptyZielWerte(), ...werte },
    vorjahrQuelle: null,
    gekoppeltAn: null,
    erreichtWenn: '',
    stichtage: [],
    notiz: '',
    ...rest,
  };
}
