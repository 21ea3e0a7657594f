/** The app: shell with the built-in screens and menus. */
import { AppShell } from './shell/AppShell';

export function App() {
  return <AppShell />;
}
