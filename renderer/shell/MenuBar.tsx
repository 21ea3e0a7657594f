/**
 * Keyboard-accessible menu bar (WAI-ARIA menubar pattern): F10 or Alt focuses it, arrows move,
 * Enter/Space run an item, Escape closes and returns to where the user was.
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { KeyboardEvent } from 'react';
import type { MenuId } from './menuRegistry';
import { MENUS, menuItems, menuVersion, subscribeMenu } from './menuRegistry';

export function MenuBar() {
  useSyncExternalStore(subscribeMenu, menuVersion, menuVersion);
  const [open, setOpen] = useState<MenuId | null>(null);
  const topRefs = useRef(new Map<MenuId, HTMLButtonElement>());
  const itemRefs = useRef<HTMLButtonElement[]>([]);
  const returnFocus = useRef<HTMLElement | null>(null);
  // A request to focus the open menu's first item. Served in a layout effect, which React runs
  // in the same keydown task that opened the menu, so the user's next key already lands on it.
  const [focusRequest, setFocusRequest] = useState(0);
  useLayoutEffect(() => {
    if (focusRequest > 0) itemRefs.current[0]?.focus();
  }, [focusRequest]);

  const focusTop = (i: number) => {
    const menu = MENUS[(i + MENUS.length) % MENUS.length]!;
    topRefs.current.get(menu.id)?.focus();
    return menu.id;
  };
  const openMenu = (id: MenuId, focusFirst: boolean) => {
    if (!open && document.activeElement instanceof HTMLElement && !document.activeElement.closest('.menubar'))
      returnFocus.current = document.activeElement;
    setOpen(id);
    if (focusFirst) setFocusRequest((n) => n + 1);
  };
  const close = (restore: boolean) => {
    setOpen(null);
    if (restore) returnFocus.current?.focus();
  };

  const onTopKey = (e: KeyboardEvent<HTMLButtonElement>, index: number, id: MenuId) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = focusTop(index + (e.key === 'ArrowRight' ? 1 : -1));
      if (open) openMenu(next, true);
    } else if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openMenu(id, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    }
  };

  const onItemKey = (e: KeyboardEvent<HTMLButtonElement>, i: number, menuIndex: number) => {
    const list = itemRefs.current;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      list[(i + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length]?.focus();
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = focusTop(menuIndex + (e.key === 'ArrowRight' ? 1 : -1));
      openMenu(next, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(null);
      topRefs.current.get(MENUS[menuIndex]!.id)?.focus();
    } else if (e.key === 'Tab') {
      setOpen(null);
    }
  };

  return (
    <div className="menubar" role="menubar" aria-label="Hauptmenü" data-testid="menubar">
      {MENUS.map((m, index) => {
        const entries = open === m.id ? menuItems(m.id) : [];
        itemRefs.current = open === m.id ? [] : itemRefs.current;
        return (
          <div key={m.id} className="menubar-entry">
            <button
              ref={(el) => {
                if (el) topRefs.current.set(m.id, el);
              }}
              type="button"
              role="menuitem"
              aria-haspopup="menu"
              aria-expanded={open === m.id}
              data-testid={`menu-${m.id}`}
              tabIndex={index === 0 ? 0 : -1}
              className="menubar-top"
              onClick={() => (open === m.id ? close(false) : openMenu(m.id, false))}
              onKeyDown={(e) => onTopKey(e, index, m.id)}
            >
              {m.label}
            </button>
            {open === m.id ? (
              <div role="menu" aria-label={m.label} className="menu-popup">
                {entries.length === 0 ? <div className="menu-empty">(keine Einträge)</div> : null}
                {entries.map((item, i) => {
                  const enabled = item.enabled ? item.enabled() : true;
                  return (
                    <button
                      key={item.id}
                      ref={(el) => {
                        if (el) itemRefs.current[i] = el;
                      }}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      data-testid={`menuitem-${item.id}`}
                      aria-disabled={!enabled}
                      className="menu-item"
                      onKeyDown={(e) => onItemKey(e, i, index)}
                      onClick={() => {
                        if (!enabled) return;
                        close(true);
                        item.run();
                      }}
                    >
                      <span>{item.label}</span>
                      {item.shortcut ? <span className="menu-shortcut">{item.shortcut}</span> : null}
                    </button>
                  );
                })}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
