// A modal confirmation built on <dialog>: focus is trapped, Escape cancels, the safe choice has focus first.
import { useEffect, useId, useRef } from 'react';
import './ConfirmDialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (p.open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!p.open && dialog.open) dialog.close();
  }, [p.open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      data-testid="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{p.title}</h2>
      <p id={`${id}-body`}>{p.body}</p>
      <div className="confirm-actions">
        <button type="button" className="button" data-testid="confirm-cancel" ref={cancelRef} onClick={p.onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-danger" data-testid="confirm-ok" onClick={p.onConfirm}>
          {p.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
