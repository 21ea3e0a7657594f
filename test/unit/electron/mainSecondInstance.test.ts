/** When another instance already runs, this one quits at once: no window, no handlers. */
import { expect, it, vi } from 'vitest';
import { fakeElectron } from '../../support/fakeElectron';

vi.mock('electron', () => import('../../support/fakeElectron').then((m) => m.fakeElectron));

it('a second instance hands over and quits without opening a window', async () => {
  fakeElectron.app.lockGranted = false;
  await import('../../../electron/main');
  fakeElectron.app.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fakeElectron.app.quitCalls).toBe(1);
  expect(fakeElectron.BrowserWindow.instances).toHaveLength(0);
  expect(fakeElectron.recorded.ipcMainHandlers.size).toBe(0);
});
