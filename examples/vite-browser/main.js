// A browser consumer of @aifin/core: only evaluate() and the built-ins are imported, so the bundle stays small.
import { BUILTIN_SCENARIOS, evaluate } from '@aifin/core';

const result = document.getElementById('result');
try {
  const base = evaluate(BUILTIN_SCENARIOS.base);
  const end = base.years.length - 1;
  result.textContent = `vite-browser: base ARR ${base.lines['arr.total'][end].toFixed(1)} B USD in ${base.years[end]}`;
} catch (error) {
  result.textContent = `vite-browser: failed: ${error}`;
}
