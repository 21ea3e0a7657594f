/**
 * A small accessible context menu (AG Grid Community has none): role="menu" with menu items,
 * the first one focused on opening, arrows, Pos1/Ende and the first letter move, Enter or
 * Space runs, Esc and Tab close; the focus goes back to the cell it came from.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

export interface MenuEntry {
  id: string;
  label: string;
  shortcut?: string;
  disabled?: boolean;
  run: () => void;
}

export type MenuLine = MenuEntry | 'separator';

interface Props {
  at: { x: number; y: number };
  label: string;
  lines: MenuLine[];
  /** Closes the menu; `run` comes after the focus is back on the cell. */
  onClose: (run?: () => void) => void;
}

export function ContextMenu({ at, label, lines, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState(at);
  const entries = lines.filter((l): l is MenuEntry => l !== 'separator' && !l.disabled);

  // Inside the window, also near its right and bottom edge.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    setPos({
      x: Math.max(0, Math.min(at.x, window.innerWidth - r.width - 4)),
      y: Math.max(0, Math.min(at.y, window.innerHeight - r.height - 4)),
    });
    el.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [at]);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onClose]);

  const focusEntry = (i: number) => {
    const items = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? []),
    ];
    items[(i + items.length) % items.length]?.focus();
  };
  const current = () =>
    [...(ref.current?.querySelectorAll('[role="menuitem"]:not([aria-disabled="true"])') ?? [])].indexOf(
      document.activeElement as Element,
    );

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="context-menu"
      data-testid="context-menu"
      style={{ left: pos.x, top: pos.y }}
      onKeyDown={(e) => {
        e.stopPropagation();
        const i = current();
        if (e.key === 'ArrowDown') focusEntry(i + 1);
        else if (e.key === 'ArrowUp') focusEntry(i - 1);
        else if (e.key === 'Home') focusEntry(0);
        else if (e.key === 'End') focusEntry(entries.length - 1);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose();
        else if (e.key.length === 1 && /\S/.test(e.key)) {
          const k = e.key.toLocaleLowerCase('de-DE');
          const hit = entries.findIndex((x, j) => j > i && x.label.toLocaleLowerCase('de-DE').startsWith(k));
          const first = entries.findIndex((x) => x.label.toLocaleLowerCase('de-DE').startsWith(k));
          if (hit >= 0 || first >= 0) focusEntry(hit >= 0 ? hit : first);
          else return;
        } else return;
        e.preventDefault();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      {lines.map((line, i) =>
        line === 'separator' ? (
          <div key={`sep-${i}`} role="separator" className="context-menu-separator" />
        ) : (
          <div
            key={line.id}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={line.disabled ? true : undefined}
            className="context-menu-item"
            data-testid={`ctx-${line.id}`}
            onClick={() => {
              if (!line.disabled) onClose(line.run);
            }}
            onKeyDown={(e) => {
              if ((e.key === 'Enter' || e.key === ' ') && !line.disabled) {
                e.preventDefault();
                e.stopPropagation();
                onClose(line.run);
              }
            }}
          >
            <span>{line.label}</span>
            {line.shortcut ? <kbd className="context-menu-key">{line.shortcut}</kbd> : null}
          </div>
        ),
      )}
    </div>,
    document.body,
  );
}
