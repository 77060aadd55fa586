// Comment list operations and the comment box (draft) that writes through as the candidate types.
import { describe, expect, it } from 'vitest';
import {
  addComment,
  bodyHint,
  commentsByLine,
  deleteComment,
  describeComments,
  editComment,
  sortComments,
  type ReviewComment,
} from '../../../renderer/src/review/comments.ts';
import { draftComments, editDraft, newDraft, threadItems } from '../../../renderer/src/review/draft.ts';

const list: ReviewComment[] = [
  { line: 3, body: 'first on three' },
  { line: 3, body: 'second on three' },
  { line: 10, body: 'on ten' },
];

describe('comment list', () => {
  it('sorts by line and keeps the order of comments on one line', () => {
    expect(sortComments([list[2]!, list[0]!, list[1]!]).map((c) => c.body)).toEqual(['first on three', 'second on three', 'on ten']);
  });

  it('adds after the comments already on that line, before later lines', () => {
    expect(addComment(list, 3, 'third on three').map((c) => c.body)).toEqual(['first on three', 'second on three', 'third on three', 'on ten']);
    expect(addComment(list, 1, 'top')[0]).toEqual({ line: 1, body: 'top' });
    expect(addComment(list, 50, 'end')[3]).toEqual({ line: 50, body: 'end' });
  });

  it('edits and deletes by index without touching the input', () => {
    const copy = structuredClone(list);
    expect(editComment(list, 1, 'changed')[1]).toEqual({ line: 3, body: 'changed' });
    expect(deleteComment(list, 0).map((c) => c.body)).toEqual(['second on three', 'on ten']);
    expect(editComment(list, 7, 'nothing there')).toEqual(list);
    expect(list).toEqual(copy);
  });

  it('groups by line with indices', () => {
    const groups = commentsByLine(list);
    expect([...groups.keys()]).toEqual([3, 10]);
    expect(groups.get(3)!.map((g) => g.index)).toEqual([0, 1]);
    expect(groups.get(10)![0]!.comment.body).toBe('on ten');
  });

  it('describes the count and warns about comments too short to count', () => {
    expect(describeComments([])).toBe('No comments yet');
    expect(describeComments(list.slice(2))).toBe('1 comment on 1 line');
    expect(describeComments(list)).toBe('3 comments on 2 lines');
    expect(bodyHint('too short')).toMatch(/^9 of at least 15 characters/);
    expect(bodyHint('   padded    ')).toMatch(/^6 of/);
    expect(bodyHint('long enough to count as a finding')).toBeNull();
  });
});

describe('comment box', () => {
  it('a new comment joins the list only once it has text, in its line order', () => {
    const d = newDraft(list, 3);
    expect(draftComments(d)).toEqual(list);
    expect(draftComments({ ...d, text: '  \n' })).toEqual(list);
    const typed = draftComments({ ...d, text: 'third on three' });
    expect(typed.map((c) => c.body)).toEqual(['first on three', 'second on three', 'third on three', 'on ten']);
  });

  it('editing replaces the comment in place; emptying the box removes it', () => {
    const d = editDraft(list, 1)!;
    expect(d).toMatchObject({ line: 3, text: 'second on three', existing: true, position: 1 });
    expect(draftComments({ ...d, text: 'rewritten' }).map((c) => c.body)).toEqual(['first on three', 'rewritten', 'on ten']);
    expect(draftComments({ ...d, text: '' }).map((c) => c.body)).toEqual(['first on three', 'on ten']);
    expect(editDraft(list, 9)).toBeNull();
  });

  it('places the box in its thread: in place of the edited comment, after the others for a new one', () => {
    const editing = editDraft(list, 0)!;
    const written = draftComments({ ...editing, text: 'edited' });
    const group = commentsByLine(written).get(3)!;
    expect(threadItems(group, { ...editing, text: 'edited' }, 3)).toEqual([{ kind: 'draft' }, { kind: 'comment', index: 1, comment: list[1] }]);
    // The same box, emptied: its comment is gone from the list, the box keeps its place.
    expect(threadItems(commentsByLine(editing.base).get(3)!, { ...editing, text: '' }, 3)).toEqual([
      { kind: 'draft' },
      { kind: 'comment', index: 0, comment: list[1] },
    ]);
    const fresh = newDraft(list, 3);
    expect(threadItems(commentsByLine(list).get(3)!, fresh, 3).map((i) => i.kind)).toEqual(['comment', 'comment', 'draft']);
    expect(threadItems([], newDraft(list, 5), 5)).toEqual([{ kind: 'draft' }]);
    // Other lines' threads never show the box.
    expect(threadItems(commentsByLine(list).get(10)!, fresh, 10).map((i) => i.kind)).toEqual(['comment']);
  });
});
