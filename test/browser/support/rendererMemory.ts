/**
 * Resident memory of Chromium's renderer processes, read from /proc (Linux): the app's page and
 * its Web Workers live there. VmRSS is the memory now, VmHWM the peak since the process began.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** A kB field of /proc/<pid>/status in MB (0 once the process is gone). */
export function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Process ids of the browser's renderers (needs a Browser from `chromium.launch`). */
export async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** The largest renderer's figure, in MB. */
export async function rendererMb(browser: Browser, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  return Math.max(0, ...(await rendererPids(browser)).map((pid) => statusMb(pid, field)));
}
