/**
 * The system's light or dark mode: the app's colours follow it through CSS
 * (styles/dark.css, `prefers-color-scheme`), the grids through AG Grid's theme mode, which
 * is set here on <html> and changed when the system setting changes.
 */
export function installColorScheme(win: Window = window): () => void {
  const query = win.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => {
    win.document.documentElement.dataset.agThemeMode = query?.matches ? 'dark' : 'light';
  };
  apply();
  query?.addEventListener('change', apply);
  return () => query?.removeEventListener('change', apply);
}
