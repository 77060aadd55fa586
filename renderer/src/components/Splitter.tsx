// A draggable, keyboard-operable separator between two panes (ARIA "separator" with a value).
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { clampFraction, keyResize, type PaneBounds } from '../state/layout.ts';

export interface SplitterProps {
  /** 'vertical': a vertical bar resizing left/right; 'horizontal': a horizontal bar resizing top/bottom. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  value: number;
  bounds: PaneBounds;
  /** The element whose width/height the fraction refers to. */
  container: RefObject<HTMLElement | null>;
  /** True when the fraction is measured from the far edge (the bottom panel grows upwards). */
  fromEnd?: boolean;
  onChange(value: number): void;
}

export function Splitter(p: SplitterProps) {
  const fraction = (e: PointerEvent<HTMLDivElement>): number | null => {
    const rect = p.container.current?.getBoundingClientRect();
    if (!rect) return null;
    const raw =
      p.orientation === 'vertical' ? (e.clientX - rect.left) / rect.width : (e.clientY - rect.top) / rect.height;
    return clampFraction(p.fromEnd ? 1 - raw : raw, p.bounds);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const v = fraction(e);
    if (v !== null) p.onChange(v);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const v = keyResize(p.value, e.key, p.bounds, p.fromEnd);
    if (v === null) return;
    e.preventDefault();
    p.onChange(v);
  };
  return (
    <div
      className={`splitter splitter-${p.orientation}`}
      role="separator"
      aria-label={p.label}
      aria-orientation={p.orientation}
      aria-valuemin={Math.round(p.bounds.min * 100)}
      aria-valuemax={Math.round(p.bounds.max * 100)}
      aria-valuenow={Math.round(p.value * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    />
  );
}
