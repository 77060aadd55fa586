// A file chooser that also accepts files dropped anywhere on it: a labelled button opening <input type=file>,
// with the drop target highlighted while a file is dragged over.
import { useRef, useState, type ReactNode } from 'react';

export interface DropZoneProps {
  label: string;
  accept: string;
  multiple?: boolean;
  busy?: boolean;
  hint?: ReactNode;
  testId: string;
  onFiles(files: File[]): void;
}

export function DropZone(p: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length) p.onFiles(p.multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone-over' : ''}`}
      data-testid={`${p.testId}-zone`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <button type="button" className="button button-primary" disabled={p.busy} onClick={() => input.current?.click()}>
        {p.busy ? <span className="spinner" aria-hidden="true" /> : null}
        {p.label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={p.accept}
        multiple={p.multiple}
        data-testid={`${p.testId}-input`}
        aria-label={p.label}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {p.hint && <p className="dropzone-hint">{p.hint}</p>}
    </div>
  );
}
