/**
 * A hand-written stand-in for the `electron` module: just enough of app, BrowserWindow,
 * session, protocol, ipcMain, dialog, Menu, screen (main) and contextBridge, ipcRenderer,
 * webUtils (preload) to run our modules in Node and see what they did to it.
 * Use: vi.mock('electron', () => import('../../support/fakeElectron').then((m) => m.fakeElectron)).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) =>
      (listener as (...a: unknown[]) => unknown)(...args),
    );
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event whose preventDefault() is recorded. */
export function fakeEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  reloads = 0;
  prints: unknown[] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads += 1;
  }
  /** What the next print job reports: [success, failureReason]. */
  printOutcome: [boolean, string] = [true, ''];
  pdfOptions: unknown[] = [];
  print(options: unknown, callback?: (success: boolean, reason: string) => void): void {
    this.prints.push(options);
    // Electron calls back asynchronously when the job has been spooled or cancelled.
    setTimeout(() => callback?.(...this.printOutcome), 0);
  }
  async printToPDF(options: unknown): Promise<Uint8Array> {
    this.pdfOptions.push(options);
    return new TextEncoder().encode('%PDF-1.7');
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  title = '';
  minimized = false;
  maximized = false;
  visible = false;
  focused = false;
  bounds = { x: 10, y: 20, width: 1200, height: 700 };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  setTitle(title: string): void {
    this.title = title;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
}

export class FakeSession {
  beforeRequest: ((details: { url: string }, cb: (r: { cancel?: boolean }) => void) => void) | null = null;
  headersReceived:
    | ((
        details: { url: string; responseHeaders?: Record<string, string[] | string> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void)
    | null = null;
  permissionRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null =
    null;
  permissionCheck: (() => boolean) | null = null;
  devicePermission: (() => boolean) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: NonNullable<FakeSession['headersReceived']>) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: NonNullable<FakeSession['permissionRequest']>): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.devicePermission = handler;
  }
  /** What the session answers for a request to `url`: cancelled or not. */
  request(url: string): boolean {
    let cancelled: boolean | undefined;
    this.beforeRequest?.({ url }, (r) => (cancelled = r.cancel ?? false));
    if (cancelled === undefined) throw new Error('onBeforeRequest did not answer');
    return cancelled;
  }
  /** The headers the session lets through for a response with `headers`. */
  respond(url: string, headers: Record<string, string[] | string>): Record<string, string[]> {
    let result: Record<string, string[]> | undefined;
    this.headersReceived?.({ url, responseHeaders: headers }, (r) => (result = r.responseHeaders));
    if (!result) throw new Error('onHeadersReceived did not answer');
    return result;
  }
  /** What the session answers to a permission request. */
  ask(permission: string): boolean {
    let granted: boolean | undefined;
    this.permissionRequest?.({}, permission, (g) => (granted = g));
    if (granted === undefined) throw new Error('permission request handler did not answer');
    return granted;
  }
}

export interface MessageBoxCall {
  window: unknown;
  options: { message?: string; detail?: string; buttons?: string[] };
}

export function createFakeElectron() {
  const appData = fs.mkdtempSync(path.join(os.tmpdir(), 'amip-fake-appdata-'));
  const userData = path.join(appData, 'Electron');
  const app = Object.assign(new FakeEmitter(), {
    name: 'Electron',
    paths: { appData, userData } as Record<string, string>,
    lockGranted: true,
    quitCalls: 0,
    sandboxEnabled: false,
    recentDocuments: [] as string[],
    readyResolve: (() => undefined) as () => void,
    ready: null as Promise<void> | null,
    setName(name: string) {
      app.name = name;
    },
    getName: () => app.name,
    getVersion: () => '0.0.0-fake',
    getPath: (name: string) => app.paths[name] ?? path.join(userData, name),
    setPath(name: string, value: string) {
      app.paths[name] = value;
      fs.mkdirSync(value, { recursive: true });
    },
    enableSandbox() {
      app.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => app.lockGranted,
    quit() {
      app.quitCalls += 1;
    },
    whenReady(): Promise<void> {
      app.ready ??= new Promise<void>((resolve) => (app.readyResolve = resolve));
      return app.ready;
    },
    /** Test helper: makes whenReady() resolve. */
    becomeReady() {
      void app.whenReady();
      app.readyResolve();
    },
    addRecentDocument(p: string) {
      app.recentDocuments.push(p);
    },
    clearRecentDocuments() {
      app.recentDocuments = [];
    },
  });

  const ipcMainHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const messageBoxes: MessageBoxCall[] = [];
  const messageBoxAnswers: number[] = [];
  const menus: { template: unknown[] }[] = [];
  const exposed: { key: string; api: Record<string, unknown> }[] = [];
  const invoked: { channel: string; args: unknown[] }[] = [];
  const rendererListeners = new FakeEmitter();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const defaultSession = new FakeSession();

  /** Like Electron: a new window's web contents is announced on the app. */
  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  return {
    app,
    BrowserWindow,
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (ipcMainHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcMainHandlers.set(channel, listener);
      },
    },
    dialog: {
      showMessageBox: async (window: unknown, options?: MessageBoxCall['options']) => {
        messageBoxes.push(
          options === undefined
            ? { window: null, options: window as MessageBoxCall['options'] }
            : { window, options },
        );
        return { response: messageBoxAnswers.shift() ?? 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => menus.push(menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        invoked.push({ channel, args });
        return { ok: true, value: null };
      },
      on: (channel: string, listener: Listener) => rendererListeners.on(channel, listener),
      removeListener: (channel: string, listener: Listener) =>
        rendererListeners.removeListener(channel, listener),
    },
    webUtils: {
      getPathForFile: (file: { name: string }) =>
        file.name === 'ohne-pfad' ? '' : `/home/planer/${file.name}`,
    },
    // Test-side views of what the code under test did:
    recorded: {
      ipcMainHandlers,
      messageBoxes,
      messageBoxAnswers,
      menus,
      exposed,
      invoked,
      rendererListeners,
      protocolHandlers,
      privilegedSchemes,
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** One instance per test file (vitest isolates modules per file). */
export const fakeElectron = createFakeElectron();
