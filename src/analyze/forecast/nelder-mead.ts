/** A small derivative-free minimiser (Nelder–Mead simplex) for the few-parameter likelihood fits in this folder. */

export interface NelderMeadOptions {
  /** Initial step per coordinate when building the simplex (default 0.5). */
  step?: number;
  /** Stop when the simplex's value spread falls below this (default 1e-9). */
  tolerance?: number;
  maxIterations?: number;
}

export interface NelderMeadResult {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

/**
 * Minimises `f` from `x0` with the standard Nelder–Mead moves (reflect, expand, contract, shrink).
 * Non-finite values are treated as +Infinity, so an objective may reject points outright.
 */
export function minimizeNelderMead(f: (x: number[]) => number, x0: number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const { step = 0.5, tolerance = 1e-9, maxIterations = 2000 } = options;
  const n = x0.length;
  const safe = (x: number[]): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  let simplex: Array<{ x: number[]; v: number }> = [{ x: x0.slice(), v: safe(x0) }];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    x[i] += step;
    simplex.push({ x, v: safe(x) });
  }
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.v - best.v) <= tolerance * (Math.abs(best.v) + tolerance) && Number.isFinite(worst.v)) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i].x[j] / n;
    const toward = (t: number): number[] => centroid.map((c, j) => c + t * (worst.x[j] - c));
    const reflected = toward(-1);
    const vr = safe(reflected);
    if (vr < best.v) {
      const expanded = toward(-2);
      const ve = safe(expanded);
      simplex[n] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
      continue;
    }
    if (vr < simplex[n - 1].v) {
      simplex[n] = { x: reflected, v: vr };
      continue;
    }
    // Contract outside when the reflection improved on the worst point, inside otherwise.
    const contracted = vr < worst.v ? toward(-0.5) : toward(0.5);
    const vc = safe(contracted);
    if (vc < Math.min(vr, worst.v)) {
      simplex[n] = { x: contracted, v: vc };
      continue;
    }
    simplex = simplex.map((p, i) => {
      if (i === 0) return p;
      const x = p.x.map((xi, j) => best.x[j] + 0.5 * (xi - best.x[j]));
      return { x, v: safe(x) };
    });
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0].x, value: simplex[0].v, iterations, converged };
}
