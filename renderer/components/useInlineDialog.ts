/**
 * The dialog habits for the forms and confirmations shown inside a screen (Start, Versionen):
 * on opening, focus goes to the first field (or the confirming button); Escape cancels.
 * Enter confirms through the form's submit or the focused button.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

const FIELDS = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

export function useInlineDialog<T extends HTMLElement>(
  onCancel: () => void,
): { ref: RefObject<T | null>; onKeyDown: (e: KeyboardEvent) => void } {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const first =
      root.querySelector<HTMLElement>(FIELDS) ?? root.querySelector<HTMLElement>('button:not([disabled])');
    first?.focus();
    if (first instanceof HTMLInputElement && first.type === 'text') first.select();
  }, []);
  return {
    ref,
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    },
  };
}
