/** Renderer entry: registers screens and menus, mounts the app. */
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './styles/screens.css';
import './styles/grid.css';
import './styles/dark.css';
import { App } from './App';
import { registerBuiltInScreens } from './screens/registerScreens';
import { registerBuiltInMenus } from './shell/registerMenus';
import { exposeForTests } from './shell/AppShell';
import { planStore } from './state/planStore';
import { uiStore } from './state/uiStore';
import { startStorage } from './storage/startStorage';
import { registerStorageScreens } from './screens/registerStorageScreens';
import { registerFileMenus } from './shell/registerFileMenus';
import { installZoom } from './shell/zoom';
import { installColorScheme } from './shell/colorScheme';
import { listScreens } from './shell/screenRegistry';
import { installViewMemory } from './state/installViewMemory';

registerBuiltInScreens();
registerBuiltInMenus();
exposeForTests();
installZoom();
installColorScheme();
installViewMemory((id) => listScreens().some((s) => s.id === id));

const params = new URLSearchParams(window.location.search);
const bench = Number(params.get('bench'));
const screen = params.get('screen');

async function start(): Promise<void> {
  await startStorage();
  registerStorageScreens();
  registerFileMenus();
  if (Number.isInteger(bench) && bench > 0) {
    const { benchPlan } = await import('./dev/benchPlan');
    planStore.load(await benchPlan(bench));
  }
  if (screen) uiStore.showScreen(screen);
  createRoot(document.getElementById('root')!).render(<App />);
}

void start();
