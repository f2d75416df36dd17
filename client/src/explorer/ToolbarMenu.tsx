import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's text, which is also its accessible name ("Layout ▾"). */
  label: string;
  title?: string;
  /** The menu's items, given a function that closes the menu. */
  children(close: () => void): ReactNode;
}

/**
 * A toolbar button that opens a small drop-down of actions (Group, Layout, Export): the rarely used ones,
 * so the toolbar stays within two rows at 1366 px. Escape or a click elsewhere closes it.
 */
export function ToolbarMenu({ label, title, children }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      className="menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Escape on the canvas clears the selection: here it only closes the menu.
        event.stopPropagation();
        setOpen(false);
      }}
    >
      <button aria-expanded={open} aria-haspopup="menu" title={title} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <div className="menu-items" role="menu" aria-label={label.replace(' ▾', '')}>
          {children(() => setOpen(false))}
        </div>
      ) : null}
    </div>
  );
}
