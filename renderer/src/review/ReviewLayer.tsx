// Review mode on top of the editor: the diff's comment gutter, comment threads under their lines, and the
// toolbar. The comments live in review.json; every change rewrites that model, so autosave, reload and Run
// work exactly as for code.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EditorController } from '../monaco/controller.ts';
import type { Model } from '../monaco/models.ts';
import { commentsByLine, deleteComment, type ReviewComment } from './comments.ts';
import { draftComments, editDraft, newDraft, threadItems, type Draft } from './draft.ts';
import { useReviewEditor } from './useReviewEditor.ts';
import { useReviewFile } from './useReviewFile.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentThread } from './CommentThread.tsx';
import { ReviewToolbar } from './ReviewToolbar.tsx';
import './review.css';

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
  const written = useRef<string | null>(null);

  const byLine = useMemo(() => commentsByLine(file.comments), [file.comments]);
  const counts = useMemo(() => new Map([...byLine].map(([line, group]) => [line, group.length])), [byLine]);
  const threadLines = [...new Set([...byLine.keys(), ...(draft ? [draft.line] : [])])].sort((a, b) => a - b);

  const startComment = (line: number) => {
    setUndo(null);
    setDraft(newDraft(file.comments, line));
    editor.setPosition({ lineNumber: line, column: 1 });
    editor.revealLineInCenterIfOutsideViewport(line);
  };

  const view = useReviewEditor({ controller, diff, review, threadLines, counts, onComment: startComment });

  const write = (list: ReviewComment[]) => {
    written.current = file.write(list);
  };

  // Someone else changed review.json (reset to starter): the open box no longer matches the file.
  useEffect(() => {
    if (written.current === null || file.text === written.current) return;
    written.current = null;
    setDraft(null);
    setUndo(null);
  }, [file.text]);

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
      onShown={view.reveal}
    />
  );

  return (
    <>
      <ReviewToolbar
        onDiff={view.onDiff}
        cursorLine={view.cursorLine}
        comments={file.comments}
        problem={file.problem}
        canUndo={undo !== null}
        onComment={startComment}
        onUndo={restore}
        onOpenDiff={onOpenDiff}
      />
      {[...view.nodes].map(([line, node]) =>
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
