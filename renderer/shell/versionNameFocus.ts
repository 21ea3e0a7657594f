/**
 * Datei → "Version speichern…" opens the Versionen screen with the cursor in the name field,
 * whether the screen was open already or mounts after the request.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';

const EVENT = 'amip:version-name';
let pending = false;

export function requestVersionNameFocus(): void {
  pending = true;
  window.dispatchEvent(new Event(EVENT));
}

export function useVersionNameFocus(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const take = () => {
      if (!pending || !ref.current) return;
      pending = false;
      ref.current.focus();
    };
    take();
    window.addEventListener(EVENT, take);
    return () => window.removeEventListener(EVENT, take);
  }, [ref]);
}
