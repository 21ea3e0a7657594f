/** Types of electron/electronRuntime.mjs for tests. */
export function findElectronBinary(deps?: {
  requireElectron?: () => unknown;
  exists?: (p: string) => boolean;
}): string | null;
export function electronPackageVersion(): string;
export function missingRuntimeMessage(version: string): string;
