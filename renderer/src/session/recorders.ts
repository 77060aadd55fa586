// What the session records from the renderer: pastes into the editor (Monaco's paste event: the pasted range
// names the file and the size), the window losing and regaining focus, switching exercise (the URL hash), and
// a heartbeat that keeps the crash-gap measurement honest and brings back the server's clock.
import { useEffect } from 'react';
import { monaco } from '../monaco/setup.ts';
import type { CandidateStatus } from '../../../core/common/lifecycle.ts';
import { pasteTarget } from './paste.ts';

type CodeEditor = ReturnType<typeof monaco.editor.create>;
type Disposable = { dispose(): void };

export function usePasteRecorder(onError: (message: string) => void): void {
  useEffect(() => {
    const subs: Disposable[] = [];
    const attach = (editor: CodeEditor) => {
      subs.push(
        editor.onDidPaste((e) => {
          const model = editor.getModel();
          const target = model ? pasteTarget(model.uri) : null;
          if (!model || !target) return;
          const text = model.getValueInRange(e.range);
          window.assay.recordPaste({ ...target, text }).catch((err: unknown) => onError(`Could not record a paste: ${(err as Error).message}`));
        }),
      );
    };
    for (const editor of monaco.editor.getEditors()) attach(editor as CodeEditor);
    subs.push(monaco.editor.onDidCreateEditor((editor) => attach(editor as CodeEditor)));
    return () => subs.forEach((d) => d.dispose());
  }, [onError]);
}

export function useFocusRecorder(): void {
  useEffect(() => {
    const send = (focused: boolean) => void window.assay.recordFocus({ focused }).catch(() => undefined);
    const lost = () => send(false);
    const back = () => send(true);
    const visibility = () => send(document.visibilityState === 'visible' && document.hasFocus());
    window.addEventListener('blur', lost);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      window.removeEventListener('blur', lost);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', visibility);
    };
  }, []);
}

const PREFIX = '#/exercise/';

/** Tells the session which exercise is open (per-exercise time) whenever the workspace's route changes. */
export function useExerciseSwitch(apply: (s: CandidateStatus) => void): void {
  useEffect(() => {
    const onChange = () => {
      if (!location.hash.startsWith(PREFIX)) return;
      const exerciseId = decodeURIComponent(location.hash.slice(PREFIX.length));
      window.assay.switchExercise({ exerciseId }).then(apply, () => undefined);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [apply]);
}

export function useHeartbeat(apply: (s: CandidateStatus) => void, everyMs = 5000): void {
  useEffect(() => {
    const t = setInterval(() => window.assay.heartbeat({}).then(apply, () => undefined), everyMs);
    return () => clearInterval(t);
  }, [apply, everyMs]);
}
