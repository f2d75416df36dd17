// A modal dialog on the browser's own <dialog>: shown with showModal(), so it sits above everything,
// keeps focus inside (the rest of the page is inert), closes on Escape, and fits the viewport with its
// content scrolling inside (app.css), whatever a caution adds to it.
import { useEffect, useRef, type ReactNode } from 'react';

export function Dialog({
  label,
  onClose,
  children,
}: {
  label: string;
  onClose(): void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
