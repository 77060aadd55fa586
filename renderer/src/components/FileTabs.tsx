// File tabs above the editor. Read-only files carry a lock (icon + accessible word). Arrow keys move
// between tabs, following the ARIA tabs pattern.
import type { KeyboardEvent } from 'react';
import type { ExerciseFile } from '../../../core/common/exercise.ts';
import { basename } from '../state/workspace.ts';
import { LockIcon } from './LockIcon.tsx';

export interface FileTabsProps {
  files: ExerciseFile[];
  activePath: string | null;
  onSelect(path: string): void;
}

export function FileTabs({ files, activePath, onSelect }: FileTabsProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = files.findIndex((f) => f.path === activePath);
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: files.length - 1 };
    if (!(e.key in keys) || !files.length) return;
    e.preventDefault();
    const next = files[(keys[e.key]! + files.length) % files.length]!;
    onSelect(next.path);
    e.currentTarget.querySelector<HTMLElement>(`[data-path="${CSS.escape(next.path)}"]`)?.focus();
  };
  return (
    <div className="file-tabs" role="tablist" aria-label="Files" onKeyDown={onKeyDown}>
      {files.map((f) => {
        const selected = f.path === activePath;
        return (
          <button
            key={f.path}
            type="button"
            role="tab"
            className="file-tab"
            data-testid="file-tab"
            data-path={f.path}
            data-role={f.role}
            aria-selected={selected}
            aria-controls="editor-host"
            tabIndex={selected ? 0 : -1}
            title={f.readOnly ? `${f.path} (read-only)` : f.path}
            onClick={() => onSelect(f.path)}
          >
            {f.readOnly && <LockIcon label="read-only" />}
            <span>{basename(f.path)}</span>
            {f.role === 'test' && <span className="file-tab-badge">test</span>}
          </button>
        );
      })}
    </div>
  );
}
