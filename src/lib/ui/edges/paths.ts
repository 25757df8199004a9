/** Edge paths the built-in ones do not cover. */

/** How far below the lower end a backward edge runs (nodes are about 130 px tall, handles centred). */
const BELOW = 96;
const OUT = 28;
const RADIUS = 14;

/**
 * A path from a right-hand output back to a left-hand input further left: out to the right,
 * down, along below both nodes, up and into the input, with rounded corners. Returns
 * [path, labelX, labelY] like the xyflow path helpers (the label sits on the bottom run).
 */
export function backwardPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const right = sx + OUT;
  const left = tx - OUT;
  // Longer detours run lower, so several of them under one row do not share a line.
  const bottom = Math.max(sy, ty) + BELOW + Math.min(120, Math.abs(sx - tx) * 0.08);
  const r = Math.min(RADIUS, (right - left) / 2, Math.abs(bottom - sy) / 2, Math.abs(bottom - ty) / 2);
  const d = [
    `M${sx},${sy}`,
    `H${right - r}`,
    `Q${right},${sy} ${right},${sy + r}`,
    `V${bottom - r}`,
    `Q${right},${bottom} ${right - r},${bottom}`,
    `H${left + r}`,
    `Q${left},${bottom} ${left},${bottom - r}`,
    `V${ty + r}`,
    `Q${left},${ty} ${left + r},${ty}`,
    `H${tx}`,
  ].join(' ');
  return [d, (right + left) / 2, bottom];
}
