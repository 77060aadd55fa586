// Sizes of the resizable panes, as fractions of the space they split, kept within usable bounds.
export interface PaneBounds {
  min: number;
  max: number;
}

export const SIDEBAR: PaneBounds = { min: 0.18, max: 0.5 };
export const PANEL: PaneBounds = { min: 0.12, max: 0.75 };

export function clampFraction(value: number, bounds: PaneBounds): number {
  if (!Number.isFinite(value)) return bounds.min;
  return Math.min(bounds.max, Math.max(bounds.min, value));
}

/** Keyboard resizing of a separator: arrows move by 2 %, Page keys by 10 %, Home/End to the bounds. */
export function keyResize(value: number, key: string, bounds: PaneBounds, inverted = false): number | null {
  const sign = inverted ? -1 : 1;
  const steps: Record<string, number> = {
    ArrowLeft: -0.02,
    ArrowUp: -0.02,
    ArrowRight: 0.02,
    ArrowDown: 0.02,
    PageUp: -0.1,
    PageDown: 0.1,
  };
  if (key === 'Home') return bounds.min;
  if (key === 'End') return bounds.max;
  const step = steps[key];
  return step === undefined ? null : clampFraction(value + sign * step, bounds);
}
