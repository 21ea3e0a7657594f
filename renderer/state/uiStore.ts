/**
 * UI state that is not part of the plan: the active screen, the status line (selection
 * statistics, last message) and pending cursor jumps (undo, Prüfungen).
 */
import { useSyncExternalStore } from 'react';
import type { FocusTarget } from '../../shared/commands/applyCommand';

export type ScreenId = string;

/** Unit of the selection's Summe and Mittelwert; 'mixed' when units differ (plain numbers). */
export type StatUnit = 'eur' | 'count' | 'ratio' | 'decimal' | 'mixed';

/** What the status line shows of the selection (computed by renderer/sheet/statusBar.ts). */
export interface SelectionStats {
  anzahl: number;
  numbers: number;
  summe: number | null;
  mittelwert: number | null;
  unit: StatUnit;
}

export interface StatusMessage {
  text: string;
  tone: 'info' | 'error';
}

/** A question before something that cannot be taken back in place (deleting rows). */
export interface ConfirmSpec {
  title: string;
  message: string;
  /** The confirming button's text ("3 Zeilen löschen"). */
  confirm: string;
}

export interface UiState {
  screen: ScreenId;
  /** Screens mounted so far: they stay mounted (scroll, selection and edit text survive). */
  visited: ScreenId[];
  stats: SelectionStats | null;
  message: StatusMessage | null;
}

type Listener = () => void;

class UiStore {
  private state: UiState = { screen: 'uebersicht', visited: ['uebersicht'], stats: null, message: null };
  private readonly listeners = new Set<Listener>();
  private readonly focusHandlers = new Map<string, (target: FocusTarget) => boolean>();
  /** Increases with every jump and every cancel: an older pending jump gives up. */
  private focusSeq = 0;
  /** The shell's dialog for questions (renderer/shell); the browser's confirm until it is set. */
  private confirmHandler: ((spec: ConfirmSpec) => Promise<boolean>) | null = null;

  getState = (): UiState => this.state;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  showScreen(screen: ScreenId): void {
    if (screen === this.state.screen) return;
    const visited = this.state.visited.includes(screen)
      ? this.state.visited
      : [...this.state.visited, screen];
    this.set({ screen, visited, stats: null });
  }

  setStats(stats: SelectionStats | null): void {
    this.set({ stats });
  }

  say(text: string, tone: StatusMessage['tone'] = 'info'): void {
    this.set({ message: { text, tone } });
  }

  setConfirmHandler(handler: (spec: ConfirmSpec) => Promise<boolean>): void {
    this.confirmHandler = handler;
  }

  /** Asks the user; true when confirmed. */
  confirm(spec: ConfirmSpec): Promise<boolean> {
    if (this.confirmHandler) return this.confirmHandler(spec);
    return Promise.resolve(globalThis.confirm?.(`${spec.title}\n${spec.message}`) ?? false);
  }

  /** Grids register how to put the cursor on a target of their sheet; returns unregister. */
  registerFocusHandler(id: string, handler: (target: FocusTarget) => boolean): () => void {
    this.focusHandlers.set(id, handler);
    return () => this.focusHandlers.delete(id);
  }

  /**
   * Shows the target's screen and puts the cursor there. Grids mount lazily, so the jump is
   * retried for a few frames until a grid of that screen accepts it.
   */
  focus(target: FocusTarget, screenOf: (t: FocusTarget) => ScreenId): void {
    this.showScreen(screenOf(target));
    const seq = ++this.focusSeq;
    let tries = 0;
    const attempt = (): void => {
      if (seq !== this.focusSeq) return;
      for (const handler of this.focusHandlers.values()) if (handler(target)) return;
      if (++tries < 20) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }

  /**
   * The user moved the cursor (a key, a click) before a pending jump happened: the jump is
   * dropped, so e.g. Ctrl+End right after Ctrl+Z stays at the end.
   */
  cancelPendingFocus(): void {
    this.focusSeq += 1;
  }
}

export const uiStore = new UiStore();

export function useUiState(): UiState {
  return useSyncExternalStore(uiStore.subscribe, uiStore.getState, uiStore.getState);
}
