// Maps data coordinates into an SVG box, for the opinion-groups scatter and the activity chart.

export interface Box {
  width: number;
  height: number;
  padding: number;
}

/** A linear map from [min, max] onto [from, to]; a flat range lands in the middle. */
export function linear(min: number, max: number, from: number, to: number): (value: number) => number {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max === min) {
    const middle = (from + to) / 2;
    return () => middle;
  }
  return (value) => from + ((value - min) / (max - min)) * (to - from);
}

/**
 * Places points inside the box, keeping the padding free. Both axes share one scale so the
 * distances between participants keep their meaning; y grows upwards as in the data.
 */
export function scalePoints<P extends { x: number; y: number }>(points: readonly P[], box: Box): (P & { cx: number; cy: number })[] {
  if (points.length === 0) return [];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const span = Math.max(spanX / innerW, spanY / innerH);
  const centreX = box.width / 2;
  const centreY = box.height / 2;
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  return points.map((p) => ({
    ...p,
    cx: span > 0 ? centreX + (p.x - midX) / span : centreX,
    cy: span > 0 ? centreY - (p.y - midY) / span : centreY,
  }));
}
