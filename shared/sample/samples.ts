/**
 * The named sample plans (`amip sample --list`, `amip sample NAME [DATEI]`). Each feature that
 * brings a worked example adds one entry here; the first one is the default.
 */
import type { Plan } from '../model/plan';
import { beispielplan } from './beispielplan';
import { zielvereinbarungBorken2014 } from './zielvereinbarungBorken2014';
import { zielvereinbarungDuesseldorf2018 } from './zielvereinbarungDuesseldorf2018';
import { globalbudgetBeispiel } from './globalbudgetBeispiel';
import { zielgruppenBeispiel } from './zielgruppenBeispiel';

export interface Sample {
  /** Stable name used on the command line, e.g. `duesseldorf-2016`. */
  name: string;
  /** One German line for `--list`. */
  description: string;
  build(): Plan;
}

export const SAMPLES: readonly Sample[] = [
  {
    name: 'duesseldorf-2016',
    description: 'Beispielplan Düsseldorf 2016: Haushalt, Maßnahmeportfolio, Bildungszielplanung, Kennzahlen',
    build: beispielplan,
  },
  {
    name: 'zielvereinbarung-duesseldorf-2018',
    description:
      'Zielvereinbarung Düsseldorf 2018 (gE, trilateral): Integrationsquote nach Segmenten, LZB, lokale Ziele, ein Zieldialog',
    build: zielvereinbarungDuesseldorf2018,
  },
  {
    name: 'zielvereinbarung-borken-2014',
    description: 'Zielvereinbarung Kreis Borken 2014 (zkT, MAIS NRW): K2 +0,5 %, K3 konstant, Meilensteine',
    build: zielvereinbarungBorken2014,
  },
  {
    name: 'globalbudget-beispiel',
    description:
      'Globalbudget mit Schätzungen, Umschichtung, Personal und Verpflichtungsregister (Beispiele aus zielplanung.md B und C)',
    build: globalbudgetBeispiel,
  },
  {
    name: 'zielgruppen-kommunal-2016',
    description:
      'Beispielplan Düsseldorf 2016 mit Zielgruppen (U25, Alleinerziehende, Geflüchtete), Verweisen mit Anteil und kommunalen Leistungen (§ 16a) als Spannen',
    build: zielgruppenBeispiel,
  },
];

export const DEFAULT_SAMPLE: Sample = SAMPLES[0]!;

export function findSample(name: string): Sample | undefined {
  return SAMPLES.find((s) => s.name === name);
}
