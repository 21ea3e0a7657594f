/** The find bar of a grid (useFind.ts): a labelled search field with previous, next, close. */
import type { FindControl } from './useFind';

const BUTTONS = [
  {
    id: 'find-prev',
    icon: '↑',
    name: 'Vorheriger Treffer',
    title: 'Vorheriger Treffer (Umschalt+Enter)',
    run: (f: FindControl) => f.next(true),
  },
  {
    id: 'find-next',
    icon: '↓',
    name: 'Nächster Treffer',
    title: 'Nächster Treffer (Enter)',
    run: (f: FindControl) => f.next(false),
  },
  {
    id: 'find-close',
    icon: '×',
    name: 'Suche schließen',
    title: 'Suche schließen (Esc)',
    run: (f: FindControl) => f.close(),
  },
];

export function FindBar({ find, label }: { find: FindControl; label: string }) {
  const { state } = find;
  if (!state.open) return null;
  return (
    <div className="find-bar" role="search" aria-label={`Suchen in ${label}`} data-testid="find-bar">
      <input
        ref={(el) => {
          find.inputRef.current = el;
        }}
        type="search"
        data-testid="find-input"
        aria-label={`Suchen in ${label} (Enter: nächster Treffer, Umschalt+Enter: vorheriger, Esc: schließen)`}
        placeholder="Suchen …"
        value={state.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F3') {
            e.preventDefault();
            find.next(e.shiftKey);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            find.close();
          }
        }}
      />
      <span className="find-status" data-testid="find-status" role="status">
        {state.status}
      </span>
      {BUTTONS.map((b) => (
        <button key={b.id} type="button" title={b.title} data-testid={b.id} onClick={() => b.run(find)}>
          <span aria-hidden="true">{b.icon}</span>
          <span className="visually-hidden">{b.name}</span>
        </button>
      ))}
    </div>
  );
}
