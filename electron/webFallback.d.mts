/** Types of electron/webFallback.mjs for tests. */
export const DEFAULT_PORT: number;
export const CONTENT_TYPES: Record<string, string>;
export function needsWebBuild(repoRoot: string): boolean;
export function startStaticServer(
  root: string,
  options?: { host?: string; port?: number },
): Promise<{ url: string; port: number; close: () => Promise<void> }>;
export function servesPlaner(url: string): Promise<boolean>;
export function browserOpener(
  url: string,
  env?: Record<string, string | undefined>,
  platform?: string,
): { command: string; args: string[] } | null;
export function openInBrowser(url: string, env?: Record<string, string | undefined>): void;
