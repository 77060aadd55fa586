// The comment gutter of the diff: a marker on every commented line, a "+" on the line under the mouse, and
// three ways to start a comment: click the gutter, press Ctrl+Alt+M (Cmd+Alt+M on macOS), or use the editor's
// context menu. Editor options the review needs (glyph margin, wrapping, no folding, no highlighting of every
// occurrence of the word under the cursor) apply only while the diff is the model on screen; the editor's own
// values come back afterwards.
import { monaco } from '../monaco/setup.ts';
import type { Model } from '../monaco/models.ts';

type Editor = ReturnType<typeof monaco.editor.create>;
type Options = Parameters<Editor['updateOptions']>[0];

export const COMMENT_KEY_HINT = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘⌥M' : 'Ctrl+Alt+M';

const T = monaco.editor.MouseTargetType;
const GUTTER = new Set<number>([T.GUTTER_GLYPH_MARGIN, T.GUTTER_LINE_DECORATIONS]);
const HOVER = new Set<number>([...GUTTER, T.GUTTER_LINE_NUMBERS, T.CONTENT_TEXT, T.CONTENT_EMPTY]);
const O = monaco.editor.EditorOption;

function range(line: number) {
  return { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 };
}

export class ReviewGutter {
  private readonly editor: Editor;
  private readonly model: Model;
  private readonly hover: ReturnType<Editor['createDecorationsCollection']>;
  private readonly active: ReturnType<Editor['createContextKey']>;
  private readonly disposables: { dispose(): void }[] = [];
  private commentDecorations: string[] = [];
  private saved: Options | null = null;

  constructor(editor: Editor, model: Model, onComment: (line: number) => void) {
    this.editor = editor;
    this.model = model;
    this.hover = editor.createDecorationsCollection();
    this.active = editor.createContextKey<boolean>('assayReviewDiff', false);
    const onDiff = () => editor.getModel() === model;
    this.disposables.push(
      editor.onMouseDown((e) => {
        const line = e.target.position?.lineNumber;
        if (onDiff() && line && GUTTER.has(e.target.type) && e.event.leftButton) onComment(line);
      }),
      editor.onMouseMove((e) => {
        const line = onDiff() && HOVER.has(e.target.type) ? e.target.position?.lineNumber : undefined;
        this.hover.set(line ? [{ range: range(line), options: { glyphMarginClassName: 'review-glyph review-glyph-add' } }] : []);
      }),
      editor.onMouseLeave(() => this.hover.clear()),
      editor.addAction({
        id: 'assay.review.comment',
        label: 'Comment on this line',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyM],
        precondition: 'assayReviewDiff',
        contextMenuGroupId: 'navigation',
        contextMenuOrder: 0,
        run: (ed) => {
          const p = ed.getPosition();
          if (p) onComment(p.lineNumber);
        },
      }),
    );
  }

  /** Call when the model on screen changes. */
  setActive(active: boolean): void {
    this.active.set(active);
    if (active && !this.saved) {
      this.saved = {
        glyphMargin: this.editor.getOption(O.glyphMargin),
        folding: this.editor.getOption(O.folding),
        wordWrap: this.editor.getOption(O.wordWrap),
        occurrencesHighlight: this.editor.getOption(O.occurrencesHighlight),
      };
      this.editor.updateOptions({ glyphMargin: true, folding: false, wordWrap: 'on', occurrencesHighlight: 'off' });
    } else if (!active && this.saved) {
      this.editor.updateOptions(this.saved);
      this.saved = null;
      this.hover.clear();
    }
  }

  /** Marks the commented lines (a model decoration: it stays across tab switches). */
  showComments(counts: Map<number, number>): void {
    const decorations = [...counts].map(([line, n]) => ({
      range: range(line),
      options: {
        glyphMarginClassName: 'review-glyph review-glyph-comment',
        glyphMarginHoverMessage: { value: `${n} comment${n === 1 ? '' : 's'} on line ${line}` },
        overviewRuler: { color: '#4c8df6', position: monaco.editor.OverviewRulerLane.Left },
      },
    }));
    this.commentDecorations = this.model.deltaDecorations(this.commentDecorations, decorations);
  }

  dispose(): void {
    this.setActive(false);
    this.active.reset();
    this.model.deltaDecorations(this.commentDecorations, []);
    this.hover.clear();
    for (const d of this.disposables) d.dispose();
  }
}
