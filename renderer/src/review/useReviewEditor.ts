// The editor side of review mode: diff highlighting, the comment gutter, a zone under every line that has a
// thread, and which model is on screen. Monaco drops view zones when the model changes, so the zones are
// rebuilt whenever the diff comes back.
import { useEffect, useRef, useState } from 'react';
import type { EditorController } from '../monaco/controller.ts';
import { monaco } from '../monaco/setup.ts';
import type { Model } from '../monaco/models.ts';
import { decorateDiff } from './diff-decorations.ts';
import { COMMENT_KEY_HINT, ReviewGutter } from './gutter.ts';
import { LineZones } from './line-zones.ts';

const REVIEW_READ_ONLY = {
  value: `Comments are written on changes.diff (click the gutter or press ${COMMENT_KEY_HINT}); this file is rewritten from them.`,
};

export interface ReviewEditorInput {
  controller: EditorController;
  diff: Model;
  review: Model;
  /** Lines that need a thread under them, sorted. */
  threadLines: number[];
  /** Comment count per commented line, for the gutter markers. */
  counts: Map<number, number>;
  onComment(line: number): void;
}

export interface ReviewEditor {
  /** Whether the diff is the model on screen. */
  onDiff: boolean;
  cursorLine: number;
  /** Where each line's thread renders. */
  nodes: Map<number, HTMLElement>;
  /** Scrolls the editor so an element inside a thread is in view. */
  reveal(el: HTMLElement): void;
}

export function useReviewEditor({ controller, diff, review, threadLines, counts, onComment }: ReviewEditorInput): ReviewEditor {
  const editor = controller.editor;
  const [onDiff, setOnDiff] = useState(false);
  const [cursorLine, setCursorLine] = useState(1);
  const [parts, setParts] = useState<{ zones: LineZones; gutter: ReviewGutter } | null>(null);
  const [nodes, setNodes] = useState<Map<number, HTMLElement>>(new Map());
  const comment = useRef(onComment);
  comment.current = onComment;

  useEffect(() => {
    decorateDiff(diff);
    const zones = new LineZones(editor);
    const gutter = new ReviewGutter(editor, diff, (line) => comment.current(line));
    const readOnlyMessage = editor.getOption(monaco.editor.EditorOption.readOnlyMessage);
    const sync = () => {
      const active = editor.getModel() === diff;
      gutter.setActive(active);
      editor.updateOptions({ readOnlyMessage: editor.getModel() === review ? REVIEW_READ_ONLY : readOnlyMessage });
      if (!active) zones.clear();
      setOnDiff(active);
      if (active) setCursorLine(editor.getPosition()?.lineNumber ?? 1);
    };
    sync();
    const subs = [
      editor.onDidChangeModel(sync),
      editor.onDidChangeCursorPosition((e) => {
        if (editor.getModel() === diff) setCursorLine(e.position.lineNumber);
      }),
    ];
    setParts({ zones, gutter });
    return () => {
      editor.updateOptions({ readOnlyMessage });
      subs.forEach((s) => s.dispose());
      zones.dispose();
      gutter.dispose();
      setParts(null);
    };
  }, [editor, diff, review]);

  useEffect(() => parts?.gutter.showComments(counts), [parts, counts]);

  const linesKey = threadLines.join(',');
  useEffect(() => {
    if (!parts) return;
    setNodes(parts.zones.sync(onDiff && linesKey ? linesKey.split(',').map(Number) : []));
  }, [parts, onDiff, linesKey]);

  // Back on the diff, the threads come back after the editor placed the cursor, pushing it down: show it again.
  const returned = useRef(false);
  useEffect(() => {
    if (onDiff) returned.current = true;
  }, [onDiff]);
  useEffect(() => {
    const p = editor.getPosition();
    if (!returned.current || !p) return;
    returned.current = false;
    editor.revealPositionInCenterIfOutsideViewport(p);
  }, [editor, nodes]);

  return { onDiff, cursorLine, nodes, reveal: (el) => parts?.zones.reveal(el) };
}
