import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimizeNelderMead } from './nelder-mead.ts';

test('finds the minimum of the Rosenbrock valley', () => {
  const rosenbrock = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
  const r = minimizeNelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5000, tolerance: 1e-14 });
  assert.ok(r.converged);
  assert.ok(Math.abs(r.x[0] - 1) < 1e-3 && Math.abs(r.x[1] - 1) < 1e-3, `${r.x}`);
});

test('treats non-finite values as rejected points and stays in the feasible region', () => {
  // Feasible only below the line x + y = 1.5, so the minimum sits on it at (0.75, 0.75).
  const f = ([x, y]: number[]) => (x + y < 1.5 ? (x - 1) ** 2 + (y - 1) ** 2 : NaN);
  const r = minimizeNelderMead(f, [0, 0], { step: 0.5 });
  assert.ok(r.x[0] + r.x[1] < 1.5);
  assert.ok(Math.abs(r.value - 0.125) < 1e-3, `${r.x} → ${r.value}`);
});
