/**
 * The built-in screens, in tab order (gaps leave room for others, e.g. Start at 0). Memoised:
 * the shell re-renders on every plan change; a screen re-renders only for what it reads.
 */
import { memo } from 'react';
import { registerScreen } from '../shell/screenRegistry';
import { BildungScreen } from './BildungScreen';
import { GlobalbudgetScreen } from './GlobalbudgetScreen';
import { VerpflichtungenScreen } from './VerpflichtungenScreen';
import { HaushaltScreen } from './HaushaltScreen';
import { KennzahlenScreen } from './KennzahlenScreen';
import { PortfolioScreen } from './PortfolioScreen';
import { ProgrammScreen } from './ProgrammScreen';
import { PruefungenScreen } from './PruefungenScreen';
import { UebersichtScreen } from './UebersichtScreen';
import { ZieleScreen } from './ZieleScreen';
import { ZielgruppenScreen } from './ZielgruppenScreen';

export function registerBuiltInScreens(): void {
  registerScreen({ id: 'uebersicht', label: 'Übersicht', order: 10, component: memo(UebersichtScreen) });
  registerScreen({ id: 'haushalt', label: 'Haushalt (EGT)', order: 20, component: memo(HaushaltScreen) });
  registerScreen({
    id: 'portfolio',
    label: 'Maßnahmeportfolio',
    order: 30,
    component: memo(PortfolioScreen),
  });
  registerScreen({ id: 'bildung', label: 'Bildungszielplanung', order: 40, component: memo(BildungScreen) });
  registerScreen({ id: 'kennzahlen', label: 'Kennzahlen', order: 50, component: memo(KennzahlenScreen) });
  registerScreen({ id: 'ziele', label: 'Ziele', order: 55, component: memo(ZieleScreen) });
  registerScreen({
    id: 'globalbudget',
    label: 'Globalbudget',
    order: 52,
    component: memo(GlobalbudgetScreen),
  });
  registerScreen({
    id: 'verpflichtungen',
    label: 'Verpflichtungen',
    order: 54,
    component: memo(VerpflichtungenScreen),
  });
  registerScreen({ id: 'zielgruppen', label: 'Zielgruppen', order: 56, component: memo(ZielgruppenScreen) });
  registerScreen({ id: 'programm', label: 'Programmtext', order: 57, component: memo(ProgrammScreen) });
  registerScreen({ id: 'pruefungen', label: 'Prüfungen', order: 60, component: memo(PruefungenScreen) });
}
