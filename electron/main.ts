/**
 * Entry of the desktop app: wiring only. Each concern lives in its own module (security,
 * window, lifecycle, menu, file dialogs, IPC handlers).
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session } from 'electron';
import { PRODUCT_NAME } from '../shared/ipc/windowTitle';
import type { OpenedFile } from '../shared/ipc/ipcContract';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { nodeFileSystem } from './fileAccess';
import { createFileDialogs } from './fileDialogs';
import { createIpcHandlers, registerIpcHandlers, sendToRenderer } from './ipcHandlers';
import {
  createOsFileOpener,
  findFileArgument,
  restoreWindowState,
  setupSingleInstance,
  trackWindowState,
  watchRendererCrash,
} from './lifecycle';
import { buildMenuTemplate } from './menu';
import { applySessionSecurity, guardAllWebContents } from './security';
import { SETTINGS_FILE_NAME, addRecentFile, nodeSettingsFile, openSettingsStore } from './settingsStore';
import { createMainWindow, focusWindow } from './window';

declare const __AMIP_VERSION__: string | undefined;

/** dist/electron/main.cjs → dist/electron/preload.cjs and dist/renderer/. */
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const platform = process.platform;
const fileSystem = nodeFileSystem(fsp);

// Before ready: our origin, the app's name (also when started as `electron main.cjs`), sandbox.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.setName(PRODUCT_NAME);
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
app.enableSandbox();
guardAllWebContents(app);

const settings = openSettingsStore(
  nodeSettingsFile(fs),
  path.join(app.getPath('userData'), SETTINGS_FILE_NAME),
);
let mainWindow: BrowserWindow | null = null;

function rememberOpened(filePath: string, file: OpenedFile): void {
  if (file.kind !== 'plan') return;
  settings.update({ recentFiles: addRecentFile(settings.get().recentFiles, filePath, platform) });
  app.addRecentDocument(filePath);
  refreshMenu();
}

const osFiles = createOsFileOpener({
  fs: fileSystem,
  platform,
  remember: rememberOpened,
  notify: () => {
    if (!mainWindow) return;
    focusWindow(mainWindow);
    sendToRenderer(mainWindow.webContents, 'file/opened-waiting');
  },
  showError: (message) => {
    const options = {
      type: 'warning' as const,
      title: PRODUCT_NAME,
      message: 'Die Datei kann nicht geöffnet werden.',
      detail: message,
    };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  },
});

function refreshMenu(): void {
  const template = buildMenuTemplate(
    settings.get().recentFiles,
    {
      command: (id) => {
        if (mainWindow) sendToRenderer(mainWindow.webContents, 'menu/command', id);
      },
      openRecent: (filePath) => void osFiles.open(filePath),
      clearRecent: () => {
        settings.update({ recentFiles: [] });
        app.clearRecentDocuments();
        refreshMenu();
      },
    },
    platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  applySessionSecurity(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(RENDERER_ROOT, (filePath) => fsp.readFile(filePath)),
  );

  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow(BrowserWindow, {
    state: restoreWindowState(settings.get().windowState, workAreas),
    preloadPath: PRELOAD_PATH,
  });
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  trackWindowState(window, (windowState) => settings.update({ windowState }));
  watchRendererCrash(
    window,
    (parent, options) => dialog.showMessageBox(parent, options),
    () => app.quit(),
  );

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      dialogs: createFileDialogs({ dialog, fs: fileSystem, settings, platform }),
      fs: fileSystem,
      platform,
      window: () => mainWindow,
      takeOpenedFiles: () => osFiles.take(),
      rememberOpened,
      appInfo: {
        name: PRODUCT_NAME,
        version: typeof __AMIP_VERSION__ === 'string' ? __AMIP_VERSION__ : app.getVersion(),
        runtime: `Electron ${process.versions.electron} (Chromium ${process.versions.chrome}, Node ${process.versions.node})`,
      },
    }),
  );
  refreshMenu();

  const initialFile = findFileArgument(process.argv, process.cwd(), platform);
  if (initialFile) void osFiles.open(initialFile);
}

const isFirstInstance = setupSingleInstance(app, (argv, workingDirectory) => {
  if (mainWindow) focusWindow(mainWindow);
  const file = findFileArgument(argv, workingDirectory, platform);
  if (file) void osFiles.open(file);
});

if (isFirstInstance) {
  // macOS hands files over by event, not on the command line.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void app.whenReady().then(() => osFiles.open(filePath));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
