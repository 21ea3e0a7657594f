/**
 * Master data shipped with the app (fachkonzept §2.3-2.5). A plan carries its own copy, so a
 * user can extend the categories and a later release can change caps without altering old plans.
 */
import type { Foerderkategorie, Stammdaten, Zielgruppe } from './plan';

export const BERUFSBEREICHE: readonly string[] = [
  'Land-, Forst- und Tierwirtschaft und Gartenbau',
  'Rohstoffgewinnung, Produktion und Fertigung',
  'Bau, Architektur, Vermessung und Gebäudetechnik',
  'Naturwissenschaft, Geografie und Informatik',
  'Verkehr, Logistik, Schutz und Sicherheit',
  'Kaufmännische Dienstleistungen, Warenhandel, Vertrieb, Hotel und Tourismus',
  'Unternehmensorganisation, Buchhaltung, Recht und Verwaltung',
  'Gesundheit, Soziales, Lehre und Erziehung',
  'Sprach-, Literatur-, Geistes-, Gesellschafts- und Wirtschaftswissenschaften, Medien, Kunst, Kultur und Gestaltung',
  'Weitere, nicht aufgeführte Qualifizierungen',
];

export const FOERDERKATEGORIEN: readonly Foerderkategorie[] = [
  { key: 'I', name: 'Aktivierung und berufliche Eingliederung', lines: [] },
  {
    key: 'II',
    name: 'Berufliche Weiterbildung',
    lines: [{ key: 'II.a', name: 'darunter abschlussorientiert', kind: 'darunter' }],
  },
  {
    key: 'III',
    name: 'Aufnahme einer Erwerbstätigkeit',
    lines: [
      { key: 'III.1', name: 'Betriebliche Eingliederungshilfen', kind: 'line' },
      { key: 'III.2', name: 'Einstiegsgeld', kind: 'line' },
      { key: 'III.3', name: 'Begleitende Hilfen für Selbständigkeit nach § 16c SGB II', kind: 'line' },
    ],
  },
  {
    key: 'IV',
    name: 'Berufswahl und Berufsbildung',
    lines: [
      { key: 'IV.1', name: 'Förderung benachteiligter Auszubildender einschl. AsA', kind: 'line' },
      { key: 'IV.2', name: 'Einstiegsqualifizierung', kind: 'line' },
    ],
  },
  { key: 'V', name: 'Teilhabe behinderter Menschen am Arbeitsleben', lines: [] },
  {
    key: 'VI',
    name: 'Öffentlich geförderte Beschäftigung',
    lines: [
      { key: 'VI.1', name: 'Arbeitsgelegenheiten', kind: 'line' },
      { key: 'VI.2', name: 'Förderung von Arbeitsverhältnissen', kind: 'line' },
    ],
  },
  { key: 'VIII', name: 'Freie Förderung nach § 16f SGB II', lines: [] },
];

/** The target groups programmes publish tables for (issue 15); the user adds more. */
export const ZIELGRUPPEN: readonly Zielgruppe[] = [
  { id: 'u25', name: 'U25' },
  { id: 'ue50', name: 'Ü50' },
  { id: 'alleinerziehende', name: 'Alleinerziehende' },
  { id: 'lzb', name: 'Langzeitleistungsbeziehende' },
  { id: 'gefluechtete', name: 'Geflüchtete' },
  { id: 'behinderung', name: 'Menschen mit Behinderung' },
];

export function defaultZielgruppen(): Zielgruppe[] {
  return ZIELGRUPPEN.map((z) => ({ ...z }));
}

export function defaultStammdaten(): Stammdaten {
  return {
    foerderkategorien: structuredClone(FOERDERKATEGORIEN) as Foerderkategorie[],
    berufsbereiche: [...BERUFSBEREICHE],
    deckel: [
      {
        id: 'deckel-16f-bis-2012',
        gueltigAb: null,
        gueltigBis: '2012-03-31',
        label: 'Freie Förderung (§ 16f SGB II) höchstens 10 % der Eingliederungsmittel',
        kategorien: ['VIII'],
        maxAnteil: 0.1,
      },
      {
        id: 'deckel-16e-16f-2012-2018',
        gueltigAb: '2012-04-01',
        gueltigBis: '2018-12-31',
        label:
          'Förderung von Arbeitsverhältnissen (§ 16e) und Freie Förderung (§ 16f), ab August 2016 auch § 16h, zusammen höchstens 20 % der Eingliederungsmittel',
        kategorien: ['VI.2', 'VIII'],
        maxAnteil: 0.2,
      },
    ],
    toleranzen: {
      auslastungWarnungUeber: 1,
      auslastungHinweisUnter: 0.9,
      ueberplanungRot: 0.15,
      kostenJeEintrittAbweichung: 0.5,
    },
    zielgruppen: defaultZielgruppen(),
  };
}

/** Category and line keys with the category they roll up into. */
export function kategorieIndex(
  s: Stammdaten,
): Map<string, { categoryKey: string; name: string; kind: 'category' | 'line' | 'darunter' }> {
  const index = new Map<
    string,
    { categoryKey: string; name: string; kind: 'category' | 'line' | 'darunter' }
  >();
  for (const c of s.foerderkategorien) {
    index.set(c.key, { categoryKey: c.key, name: c.name, kind: 'category' });
    for (const l of c.lines) index.set(l.key, { categoryKey: c.key, name: l.name, kind: l.kind });
  }
  return index;
}
