/** The built-in screens, in tab order (gaps leave room for others, e.g. Start at 0). */
import { registerScreen } from '../shell/screenRegistry';
import { BildungScreen } from './BildungScreen';
import { HaushaltScreen } from './HaushaltScreen';
import { KennzahlenScreen } from './KennzahlenScreen';
import { PortfolioScreen } from './PortfolioScreen';
import { PruefungenScreen } from './PruefungenScreen';
import { UebersichtScreen } from './UebersichtScreen';

export function registerBuiltInScreens(): void {
  registerScreen({ id: 'uebersicht', label: 'Übersicht', order: 10, component: UebersichtScreen });
  registerScreen({ id: 'haushalt', label: 'Haushalt (EGT)', order: 20, component: HaushaltScreen });
  registerScreen({ id: 'portfolio', label: 'Maßnahmeportfolio', order: 30, component: PortfolioScreen });
  registerScreen({ id: 'bildung', label: 'Bildungszielplanung', order: 40, component: BildungScreen });
  registerScreen({ id: 'kennzahlen', label: 'Kennzahlen', order: 50, component: KennzahlenScreen });
  registerScreen({ id: 'pruefungen', label: 'Prüfungen', order: 60, component: PruefungenScreen });
}
