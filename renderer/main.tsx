/** Renderer entry: registers screens and menus, mounts the app. */
import { createRoot } from 'react-dom/client';
import './styles/app.css';
import './styles/screens.css';
import { App } from './App';
import { registerBuiltInScreens } from './screens/registerScreens';
import { registerBuiltInMenus } from './shell/registerMenus';
import { exposeForTests } from './shell/AppShell';
import { planStore } from './state/planStore';
import { uiStore } from './state/uiStore';
import { startStorage } from './storage/startStorage';
import { registerStorageScreens } from './screens/registerStorageScreens';
import { registerFileMenus } from './shell/registerFileMenus';

registerBuiltInScreens();
registerBuiltInMenus();
exposeForTests();

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
