import { describe, expect, it } from 'vitest';
import { createMainWindow, focusWindow, mainWindowOptions } from '../../../electron/window';
import { FakeBrowserWindow } from '../../support/fakeElectron';

describe('main window', () => {
  it('is created hidden with the secure webPreferences, restored bounds, and loads app://amip', () => {
    const window = createMainWindow(FakeBrowserWindow, {
      state: { x: 30, y: 40, width: 1300, height: 850, maximized: false },
      preloadPath: '/app/dist/electron/preload.cjs',
    });
    expect(window.options).toEqual(
      mainWindowOptions(
        { x: 30, y: 40, width: 1300, height: 850, maximized: false },
        '/app/dist/electron/preload.cjs',
      ),
    );
    expect(window.options).toMatchObject({
      x: 30,
      y: 40,
      width: 1300,
      height: 850,
      show: false,
      title: 'AMIP-Planer',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: '/app/dist/electron/preload.cjs',
      },
    });
    expect(window.loadedUrl).toBe('app://amip/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('a window without a saved position is centred; a maximised one is maximised again', () => {
    const window = createMainWindow(FakeBrowserWindow, {
      state: { width: 1280, height: 800, maximized: true },
      preloadPath: '/p.cjs',
    });
    expect(window.options).not.toHaveProperty('x');
    expect(window.maximized).toBe(true);
  });

  it('focusWindow restores a minimised window and brings it to the front', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    focusWindow(window);
    expect([window.minimized, window.visible, window.focused]).toEqual([false, true, true]);
  });
});
