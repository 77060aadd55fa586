// The centre column: file tabs, the reset action and the Monaco editor.
import type { ExerciseFile } from '../../../core/common/exercise.ts';
import type { EditorController, CursorPosition } from '../monaco/controller.ts';
import { FileTabs } from './FileTabs.tsx';
import { MonacoHost } from './MonacoHost.tsx';
import './EditorPane.css';

export interface EditorPaneProps {
  files: ExerciseFile[];
  activePath: string | null;
  canReset: boolean;
  onSelectFile(path: string): void;
  onReset(): void;
  onEditorReady(controller: EditorController | null): void;
  onCursor(position: CursorPosition): void;
}

export function EditorPane(p: EditorPaneProps) {
  return (
    <section className="editor-pane" aria-label="Editor">
      <div className="editor-toolbar">
        <FileTabs files={p.files} activePath={p.activePath} onSelect={p.onSelectFile} />
        <button
          type="button"
          className="button button-quiet"
          data-testid="reset-button"
          onClick={p.onReset}
          disabled={!p.canReset}
          aria-haspopup="dialog"
        >
          Reset to starter…
        </button>
      </div>
      <MonacoHost onReady={p.onEditorReady} onCursor={p.onCursor} />
    </section>
  );
}
