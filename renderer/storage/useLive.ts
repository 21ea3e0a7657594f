/** A Dexie liveQuery as React state (dexie-react-hooks is not a dependency). */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export function useLive<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  initial: T,
): { value: T; error: unknown } {
  const [state, setState] = useState<{ value: T; error: unknown }>({ value: initial, error: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => sub.unsubscribe();
    // Re-subscribes when the caller's inputs (deps) change, like useEffect.
  }, deps);
  return state;
}
