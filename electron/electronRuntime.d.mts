/** Types of electron/electronRuntime.mjs for tests. */
export function electronPackageDir(resolve?: (id: string) => string): string | null;
export function findElectronBinary(deps?: {
  packageDir?: string | null;
  env?: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
  readText?: (p: string) => string;
}): string | null;
export function electronPackageVersion(packageDir?: string | null): string;
export function downloadElectronRuntime(
  packageDir: string,
  options?: { env?: Record<string, string | undefined>; timeoutMs?: number },
): { ok: true } | { ok: false; reason: string };
export function desktopRuntimeAdvice(info: {
  version: string;
  packageInstalled: boolean;
  reason?: string | null;
}): string;
