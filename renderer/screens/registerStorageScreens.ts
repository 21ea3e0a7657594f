/**
 * The storage screens: Start (plan list) first, Versionen and Änderungsprotokoll last. They
 * read the storage controller, so main.tsx registers them after startStorage().
 */
import { registerScreen } from '../shell/screenRegistry';
import { ChangeLogPanel } from './ChangeLogPanel';
import { LandScreen } from './land/LandScreen';
import { StartScreen } from './start/StartScreen';
import { VersionsPanel } from './versions/VersionsPanel';

export function registerStorageScreens(): void {
  registerScreen({ id: 'start', label: 'Start', order: -100, component: StartScreen });
  registerScreen({ id: 'versionen', label: 'Versionen', order: 900, component: VersionsPanel });
  registerScreen({ id: 'protokoll', label: 'Änderungsprotokoll', order: 910, component: ChangeLogPanel });
  // Many plans at once (Datei → Land-/Regionalansicht…): it reads the local database too.
  registerScreen({ id: 'land', label: 'Land-/Regionalansicht', order: 950, component: LandScreen });
}
