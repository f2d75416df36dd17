import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  /** The button's text, which is also its accessible name ("Layout ▾"). */
  label: string;
  title?: string;
  /** The menu's items, given a function that closes the menu. */
  children(close: () => void): ReactNode;
}

const items = (menu: HTMLElement | null) =>
  [...(menu?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])].filter(
    (item) => !item.disabled,
  );

/** Focus moves to the next (or previous) enabled item, round the end. */
function moveFocus(menu: HTMLElement | null, step: 1 | -1) {
  const all = items(menu);
  const at = all.indexOf(document.activeElement as HTMLButtonElement);
  all[(at + step + all.length) % all.length]?.focus();
}

/**
 * A toolbar button that opens a small drop-down of actions (Group, Layout, Export): the rarely used ones,
 * so the toolbar stays within two rows at 1366 px. Escape or a click elsewhere closes it; opened from the
 * keyboard, its first item has the focus and the arrows move between items.
 */
export function ToolbarMenu({ label, title, children }: Props) {
  const [open, setOpen] = useState<false | 'mouse' | 'keyboard'>(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    if (open === 'keyboard') items(menu.current)[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  /** Closes the menu; the focus, if it was on an item, goes back to the menu's button. */
  const close = () => {
    const hadFocus = menu.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (hadFocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || !['Escape', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
    // On the canvas these clear the selection and move the cursor: here they are the menu's.
    event.stopPropagation();
    event.preventDefault();
    if (event.key === 'Escape') close();
    else moveFocus(menu.current, event.key === 'ArrowDown' ? 1 : -1);
  };
  return (
    <div className="menu" ref={menu} onKeyDown={onKeyDown}>
      <button
        ref={button}
        aria-expanded={Boolean(open)}
        aria-haspopup="menu"
        title={title}
        // A click from Enter or Space has no mouse button count (detail 0).
        onClick={(event) => setOpen(open ? false : event.detail === 0 ? 'keyboard' : 'mouse')}
      >
        {label}
      </button>
      {open ? (
        <div className="menu-items" role="menu" aria-label={label.replace(' ▾', '')}>
          {children(close)}
        </div>
      ) : null}
    </div>
  );
}
