// The centre column: file tabs, the reset action and the Monaco editor (with the comment gutter of a review).
import { useCallback, useState } from 'react';
import type { ExerciseFile } from '../../../core/common/exercise.ts';
import type { EditorController, CursorPosition } from '../monaco/controller.ts';
import type { Model } from '../monaco/models.ts';
import { ReviewLayer } from '../review/ReviewLayer.tsx';
import { DIFF_FILE } from '../review/review-json.ts';
import { FileTabs } from './FileTabs.tsx';
import { MonacoHost } from './MonacoHost.tsx';
import './EditorPane.css';

export interface EditorPaneProps {
  files: ExerciseFile[];
  activePath: string | null;
  canReset: boolean;
  /** A review exercise's diff and review.json models: the diff gets the comment gutter. */
  review: { exerciseId: string; diff: Model; review: Model } | null;
  onSelectFile(path: string): void;
  onReset(): void;
  onEditorReady(controller: EditorController | null): void;
  onCursor(position: CursorPosition): void;
}

export function EditorPane(p: EditorPaneProps) {
  const [controller, setController] = useState<EditorController | null>(null);
  const { onEditorReady } = p;
  const onReady = useCallback(
    (c: EditorController | null) => {
      setController(c);
      onEditorReady(c);
    },
    [onEditorReady],
  );
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
      {controller && p.review && (
        <ReviewLayer
          key={p.review.exerciseId}
          controller={controller}
          diff={p.review.diff}
          review={p.review.review}
          onOpenDiff={() => p.onSelectFile(DIFF_FILE)}
        />
      )}
      <MonacoHost onReady={onReady} onCursor={p.onCursor} />
    </section>
  );
}
