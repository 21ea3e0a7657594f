/**
 * Undo/redo as two stacks of commands with their inverses. Undo applies the inverse and brings
 * the cursor back to where the change happened.
 */
import type { Plan } from '../model/plan';
import type { Command } from './command';
import type { Applied, FocusTarget } from './applyCommand';
import { applyCommand } from './applyCommand';

export interface HistoryEntry {
  label: string;
  forward: Command;
  inverse: Command;
  focus: FocusTarget | null;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };

/** Enough for a day's work; the oldest steps drop off first. */
export const HISTORY_LIMIT = 500;

export function execute(h: History, plan: Plan, cmd: Command): { history: History; applied: Applied } {
  const applied = applyCommand(plan, cmd);
  const entry: HistoryEntry = {
    label: applied.label,
    forward: cmd,
    inverse: applied.inverse,
    focus: applied.focus,
  };
  const past = [...h.past, entry].slice(-HISTORY_LIMIT);
  return { history: { past, future: [] }, applied };
}

export function undo(h: History, plan: Plan): { history: History; applied: Applied } | null {
  const entry = h.past[h.past.length - 1];
  if (!entry) return null;
  const applied = applyCommand(plan, entry.inverse);
  // Redo re-applies the inverse of the undo, which stays valid even if ids were reassigned.
  const redoEntry: HistoryEntry = { ...entry, forward: applied.inverse };
  return {
    history: { past: h.past.slice(0, -1), future: [redoEntry, ...h.future] },
    applied: { ...applied, focus: entry.focus ?? applied.focus, label: entry.label },
  };
}

export function redo(h: History, plan: Plan): { history: History; applied: Applied } | null {
  const entry = h.future[0];
  if (!entry) return null;
  const applied = applyCommand(plan, entry.forward);
  const pastEntry: HistoryEntry = { ...entry, inverse: applied.inverse };
  return {
    history: { past: [...h.past, pastEntry], future: h.future.slice(1) },
    applied: { ...applied, focus: entry.focus ?? applied.focus, label: entry.label },
  };
}

export const undoLabel = (h: History): string | null => h.past[h.past.length - 1]?.label ?? null;
export const redoLabel = (h: History): string | null => h.future[0]?.label ?? null;
