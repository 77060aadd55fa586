// Review mode on top of the editor: the diff's comment gutter, comment threads under their lines, and the
// toolbar. The comments live in review.json; every change rewrites that model, so autosave, reload and Run
// work exactly as for code.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EditorController } from '../monaco/controller.ts';
import { monaco } from '../monaco/setup.ts';
import type { Model } from '../monaco/models.ts';
import { commentsByLine, deleteComment, type ReviewComment } from './comments.ts';
import { draftComments, editDraft, newDraft, threadItems, type Draft } from './draft.ts';
import { decorateDiff } from './diff-decorations.ts';
import { COMMENT_KEY_HINT, ReviewGutter } from './gutter.ts';
import { LineZones } from './line-zones.ts';
import { useReviewFile } from './useReviewFile.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentThread } from './CommentThread.tsx';
import { ReviewToolbar } from './ReviewToolbar.tsx';
import './review.css';

const REVIEW_READ_ONLY = {
  value: `Comments are written on changes.diff (click the gutter or press ${COMMENT_KEY_HINT}); this file is rewritten from them.`,
};

export interface ReviewLayerProps {
  controller: EditorController;
  diff: Model;
  review: Model;
  onOpenDiff(): void;
}

export function ReviewLayer({ controller, diff, review, onOpenDiff }: ReviewLayerProps) {
  const editor = controller.editor;
  const file = useReviewFile(review, diff);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [undo, setUndo] = useState<ReviewComment[] | null>(null);
  const [onDiff, setOnDiff] = useState(false);
  const [cursorLine, setCursorLine] = useState(1);
  const [parts, setParts] = useState<{ zones: LineZones; gutter: ReviewGutter } | null>(null);
  const [nodes, setNodes] = useState<Map<number, HTMLElement>>(new Map());
  const written = useRef<string | null>(null);
  const startComment = useRef<(line: number) => void>(() => {});

  const write = (list: ReviewComment[]) => {
    written.current = file.write(list);
  };

  startComment.current = (line: number) => {
    setUndo(null);
    setDraft(newDraft(file.comments, line));
    editor.setPosition({ lineNumber: line, column: 1 });
    editor.revealLineInCenterIfOutsideViewport(line);
  };

  useEffect(() => {
    decorateDiff(diff);
    const zones = new LineZones(editor);
    const gutter = new ReviewGutter(editor, diff, (line) => startComment.current(line));
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

  // Someone else changed review.json (reset to starter): the open box no longer matches the file.
  useEffect(() => {
    if (written.current === null || file.text === written.current) return;
    written.current = null;
    setDraft(null);
    setUndo(null);
  }, [file.text]);

  const byLine = useMemo(() => commentsByLine(file.comments), [file.comments]);
  const lines = [...byLine.keys(), ...(draft ? [draft.line] : [])];
  const linesKey = [...new Set(lines)].sort((a, b) => a - b).join(',');

  useEffect(() => {
    if (!parts) return;
    parts.gutter.showComments(new Map([...byLine].map(([line, group]) => [line, group.length])));
  }, [parts, byLine]);

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

  const close = () => {
    if (draft) editor.setPosition({ lineNumber: draft.line, column: 1 });
    setDraft(null);
    editor.focus();
  };

  const change = (text: string) => {
    if (!draft) return;
    const next = { ...draft, text };
    setDraft(next);
    write(draftComments(next));
  };

  const removeDraft = () => {
    if (!draft) return;
    if (draft.existing || draft.text.trim()) setUndo(file.comments);
    write(draft.base);
    close();
  };

  const remove = (index: number) => {
    setDraft(null);
    setUndo(file.comments);
    write(deleteComment(file.comments, index));
  };

  const edit = (index: number) => {
    setUndo(null);
    setDraft(editDraft(file.comments, index));
  };

  const restore = () => {
    if (!undo) return;
    setDraft(null);
    write(undo);
    setUndo(null);
  };

  const form = draft && (
    <CommentForm
      key={`${draft.line}:${draft.position}:${draft.existing}`}
      line={draft.line}
      text={draft.text}
      existing={draft.existing}
      onChange={change}
      onDone={close}
      onDelete={removeDraft}
      onShown={(box) => parts?.zones.reveal(box)}
    />
  );

  return (
    <>
      <ReviewToolbar
        onDiff={onDiff}
        cursorLine={cursorLine}
        comments={file.comments}
        problem={file.problem}
        canUndo={undo !== null}
        onComment={(line) => startComment.current(line)}
        onUndo={restore}
        onOpenDiff={onOpenDiff}
      />
      {[...nodes].map(([line, node]) =>
        createPortal(
          <CommentThread
            line={line}
            items={threadItems(byLine.get(line) ?? [], draft, line)}
            form={form}
            onEdit={edit}
            onDelete={remove}
          />,
          node,
          `line-${line}`,
        ),
      )}
    </>
  );
}
