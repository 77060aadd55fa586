// The single editor instance. Shows one model at a time and keeps each model's view state (cursor,
// selection, scroll, folding) so switching tabs or exercises returns to exactly where the candidate was.
import { monaco } from './setup.ts';
import { followColorScheme } from './themes.ts';
import type { Model } from './models.ts';

type Editor = ReturnType<typeof monaco.editor.create>;
type ViewState = ReturnType<Editor['saveViewState']>;

export interface CursorPosition {
  line: number;
  column: number;
}

export class EditorController {
  /** The Monaco editor itself, for features that add to it (the review comment gutter). */
  readonly editor: Editor;
  private readonly viewStates = new Map<string, ViewState>();
  private readonly stopTheme: () => void;
  private readonly onCursor: (p: CursorPosition) => void;

  constructor(container: HTMLElement, onCursor: (p: CursorPosition) => void) {
    this.onCursor = onCursor;
    this.editor = monaco.editor.create(container, {
      model: null,
      automaticLayout: true,
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim() || 'monospace',
      fontSize: 13,
      lineHeight: 20,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: 'all',
      padding: { top: 8, bottom: 8 },
      fixedOverflowWidgets: true,
      tabFocusMode: false,
      accessibilitySupport: 'auto',
      readOnlyMessage: { value: 'This file is read-only: it is part of the exercise.' },
      stickyScroll: { enabled: false },
      overviewRulerBorder: false,
      hideCursorInOverviewRuler: true,
      // The long-standing textarea input path: its input events can be intercepted (see insertVerbatim).
      editContext: false,
    });
    this.stopTheme = followColorScheme((theme) => monaco.editor.setTheme(theme));
    this.editor.onDidChangeCursorPosition((e) => onCursor({ line: e.position.lineNumber, column: e.position.column }));
    container.addEventListener('beforeinput', (e) => this.insertVerbatim(e), true);
  }

  /**
   * Monaco treats every character of an input event as typed (auto-indent on each newline, auto-closing).
   * Multi-line text arriving in one event (IME commit, dictation, automation) is inserted as it is, like a paste.
   */
  private insertVerbatim(e: InputEvent): void {
    // Only Monaco's own text input: text boxes inside the editor (review comments) take their input as is.
    if (e.inputType !== 'insertText' || !e.data || !/[\r\n]/.test(e.data) || !this.editor.hasTextFocus()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!this.editor.getOption(monaco.editor.EditorOption.readOnly)) this.editor.trigger('keyboard', 'paste', { text: e.data });
  }

  show(model: Model, readOnly: boolean, label: string): void {
    const current = this.editor.getModel();
    if (current === model) {
      this.editor.updateOptions({ readOnly, ariaLabel: label });
      return;
    }
    if (current) this.viewStates.set(current.uri.toString(), this.editor.saveViewState());
    this.editor.setModel(model);
    this.editor.updateOptions({ readOnly, ariaLabel: label });
    const state = this.viewStates.get(model.uri.toString());
    if (state) this.editor.restoreViewState(state);
    const p = this.editor.getPosition();
    if (p) this.onCursor({ line: p.lineNumber, column: p.column });
  }

  reveal(line: number, column: number): void {
    const position = { lineNumber: line, column };
    this.editor.setPosition(position);
    this.editor.revealPositionInCenterIfOutsideViewport(position);
    this.editor.focus();
  }

  focus(): void {
    this.editor.focus();
  }

  dispose(): void {
    this.stopTheme();
    this.editor.dispose();
  }
}
