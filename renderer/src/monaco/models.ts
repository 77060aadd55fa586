// One Monaco model per exercise file (uri assay://<exercise>/<path>). Models outlive tab and exercise
// switches, so content and undo history are kept for the whole session.
import { monaco } from './setup.ts';
import type { ExerciseFile } from '../../../core/common/exercise.ts';
import type { Marker } from '../../../core/common/results.ts';
import { languageOf, type Contents } from '../state/workspace.ts';
import { markersByFile, toEditorMarker } from '../state/markers.ts';

export type Model = ReturnType<typeof monaco.editor.createModel>;

export function modelUri(exerciseId: string, path: string) {
  return monaco.Uri.from({ scheme: 'assay', authority: exerciseId, path: `/${path}` });
}

const INDENT = {
  go: { tabSize: 4, insertSpaces: false },
  ruby: { tabSize: 2, insertSpaces: true },
  diff: { tabSize: 4, insertSpaces: false },
  json: { tabSize: 2, insertSpaces: true },
  markdown: { tabSize: 2, insertSpaces: true },
  plaintext: { tabSize: 4, insertSpaces: true },
};

export class ModelStore {
  private readonly onEdit: (exerciseId: string, path: string) => void;
  private muted = 0;

  constructor(onEdit: (exerciseId: string, path: string) => void) {
    this.onEdit = onEdit;
  }

  get(exerciseId: string, path: string): Model | null {
    return monaco.editor.getModel(modelUri(exerciseId, path));
  }

  /** Creates the models an exercise does not have yet; existing ones keep their (newer) content. */
  ensure(exerciseId: string, files: ExerciseFile[], contents: Contents): void {
    for (const f of files) {
      if (this.get(exerciseId, f.path)) continue;
      const language = languageOf(f.path);
      const model = monaco.editor.createModel(contents[f.path] ?? f.content, language, modelUri(exerciseId, f.path));
      model.updateOptions(INDENT[language]);
      model.onDidChangeContent(() => {
        if (!this.muted) this.onEdit(exerciseId, f.path);
      });
    }
  }

  contents(exerciseId: string, paths: string[]): Contents {
    const out: Contents = {};
    for (const p of paths) {
      const model = this.get(exerciseId, p);
      if (model) out[p] = model.getValue();
    }
    return out;
  }

  /**
   * Replaces content as one undoable edit (Ctrl+Z brings the previous code back after a reset).
   * Not reported as an edit: the caller has already stored this content (a reset).
   */
  replace(exerciseId: string, contents: Contents): void {
    this.muted++;
    try {
      for (const [path, text] of Object.entries(contents)) {
        const model = this.get(exerciseId, path);
        if (!model || model.getValue() === text) continue;
        model.pushStackElement();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        model.pushStackElement();
      }
    } finally {
      this.muted--;
    }
  }

  /** Shows a run's compile markers as squiggles; every other file of the exercise is cleared. */
  setMarkers(exerciseId: string, paths: string[], markers: Marker[]): void {
    const byFile = markersByFile(markers);
    for (const path of paths) {
      const model = this.get(exerciseId, path);
      if (!model) continue;
      const lines = { lineCount: model.getLineCount(), maxColumn: (l: number) => model.getLineMaxColumn(l) };
      const data = (byFile.get(path) ?? []).map((m) => toEditorMarker(m, lines));
      monaco.editor.setModelMarkers(model, 'assay', data);
    }
  }
}
