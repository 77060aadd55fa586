// Space under chosen lines of the editor, holding interactive content (comment threads). Monaco view zones
// sit beneath the text layer and never receive clicks, so each zone only reserves the space and an overlay
// widget, kept at the zone's position, holds the content (the pattern of Monaco's own peek views).
// The zone grows and shrinks with its content. Monaco drops view zones when the editor switches models:
// call clear() then, and sync() again when the model comes back.
import type { monaco } from '../monaco/setup.ts';

type Editor = ReturnType<typeof monaco.editor.create>;

interface Zone {
  id: string;
  spec: { afterLineNumber: number; heightInPx: number; domNode: HTMLElement; onDomNodeTop(top: number): void; onComputedHeight(h: number): void };
  widget: { getId(): string; getDomNode(): HTMLElement; getPosition(): null };
  content: HTMLElement;
  resize: ResizeObserver;
}

const GAP_PX = 6;

export class LineZones {
  private readonly editor: Editor;
  private readonly zones = new Map<number, Zone>();
  private readonly layoutListener: { dispose(): void };
  private serial = 0;

  constructor(editor: Editor) {
    this.editor = editor;
    this.layoutListener = editor.onDidLayoutChange(() => {
      for (const z of this.zones.values()) this.place(z);
    });
  }

  /** Makes exactly these lines have a zone; returns each line's content element (stable while it lives). */
  sync(lines: Iterable<number>): Map<number, HTMLElement> {
    const wanted = new Set(lines);
    const stale = [...this.zones.entries()].filter(([line]) => !wanted.has(line));
    const fresh = [...wanted].filter((line) => !this.zones.has(line));
    if (stale.length || fresh.length) {
      this.editor.changeViewZones((acc) => {
        for (const [line, z] of stale) {
          acc.removeZone(z.id);
          this.drop(line, z);
        }
        for (const line of fresh) this.zones.set(line, this.create(line, (spec) => acc.addZone(spec)));
      });
    }
    return new Map([...this.zones].map(([line, z]) => [line, z.content]));
  }

  /**
   * Scrolls the editor so an element inside a zone is in view. Computed from the zone's place in the editor,
   * not from the screen: a zone scrolled far away is parked off screen and the browser cannot scroll to it.
   */
  reveal(el: HTMLElement): void {
    const z = [...this.zones.values()].find((zone) => zone.content.contains(el));
    if (!z) return;
    const box = el.getBoundingClientRect();
    const top = this.editor.getBottomForLineNumber(z.spec.afterLineNumber) + box.top - z.content.getBoundingClientRect().top;
    const bottom = top + box.height;
    const scroll = this.editor.getScrollTop();
    const height = this.editor.getLayoutInfo().height;
    const margin = 16;
    if (bottom > scroll + height) this.editor.setScrollTop(Math.min(top - margin, bottom - height + margin));
    else if (top < scroll) this.editor.setScrollTop(top - margin);
  }

  clear(): void {
    this.sync([]);
  }

  dispose(): void {
    this.clear();
    this.layoutListener.dispose();
  }

  private create(line: number, add: (spec: Zone['spec']) => string): Zone {
    const overlay = document.createElement('div');
    overlay.className = 'review-zone';
    overlay.style.top = '-10000px';
    // Keys typed in a comment box are the box's: Monaco's keybindings (find, command palette...) never see them.
    overlay.addEventListener('keydown', (e) => e.stopPropagation());
    // Tabbing to a comment's button scrolls it into view.
    overlay.addEventListener('focusin', (e) => this.reveal(e.target as HTMLElement));
    const content = document.createElement('div');
    content.className = 'review-zone-content';
    overlay.appendChild(content);
    const spec: Zone['spec'] = {
      afterLineNumber: line,
      heightInPx: GAP_PX,
      domNode: document.createElement('div'),
      onDomNodeTop: (top) => {
        overlay.style.top = `${top}px`;
      },
      onComputedHeight: (h) => {
        overlay.style.height = `${h}px`;
      },
    };
    const widgetId = `assay.review.zone.${++this.serial}`;
    const widget = { getId: () => widgetId, getDomNode: () => overlay, getPosition: () => null };
    const id = add(spec);
    this.editor.addOverlayWidget(widget);
    const zone: Zone = { id, spec, widget, content, resize: new ResizeObserver(() => this.fit(zone)) };
    zone.resize.observe(content);
    this.place(zone);
    return zone;
  }

  /** The zone's height follows its content; a zone above the screen grows without moving what is on screen. */
  private fit(z: Zone): void {
    const h = Math.ceil(z.content.getBoundingClientRect().height) + GAP_PX;
    if (h === z.spec.heightInPx || this.zones.get(z.spec.afterLineNumber) !== z) return;
    const firstOnScreen = this.editor.getVisibleRanges()[0]?.startLineNumber ?? 1;
    const delta = h - z.spec.heightInPx;
    z.spec.heightInPx = h;
    this.editor.changeViewZones((acc) => acc.layoutZone(z.id));
    if (z.spec.afterLineNumber < firstOnScreen) this.editor.setScrollTop(this.editor.getScrollTop() + delta);
  }

  /** Over the text column, clear of the gutter and the scrollbar. */
  private place(z: Zone): void {
    const info = this.editor.getLayoutInfo();
    const node = z.widget.getDomNode();
    node.style.left = `${info.contentLeft}px`;
    node.style.width = `${Math.max(0, info.width - info.contentLeft - info.verticalScrollbarWidth)}px`;
  }

  private drop(line: number, z: Zone): void {
    z.resize.disconnect();
    this.editor.removeOverlayWidget(z.widget);
    this.zones.delete(line);
  }
}
