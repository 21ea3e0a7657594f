/**
 * Vite build of the renderer: served by `npm run web`, loaded from files by Electron (base './').
 * The Content-Security-Policy comes from shared/ipc/contentSecurityPolicy.ts (desktop engineer)
 * and is written into index.html as a meta tag, so the browser build and Electron enforce the same.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

async function loadCsp(): Promise<string> {
  try {
    const mod = (await import('../shared/ipc/contentSecurityPolicy')) as Record<string, unknown>;
    const value = mod.CONTENT_SECURITY_POLICY_META ?? Object.values(mod).find((v) => typeof v === 'string');
    return typeof value === 'string' ? value : FALLBACK_CSP;
  } catch {
    return FALLBACK_CSP;
  }
}

function cspMeta(): Plugin {
  return {
    name: 'amip-csp-meta',
    async transformIndexHtml(html) {
      const csp = (await loadCsp()).replace(/"/g, '&quot;');
      return html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [cspMeta()],
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    // Second entry: the print view of the Trägerversammlung pack (renderer/print/, PDF and print).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        print: fileURLToPath(new URL('./print.html', import.meta.url)),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
});
