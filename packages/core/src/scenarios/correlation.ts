import type { InputId } from '../model/inputs.js';

/** A rank correlation a scenario asks for between two inputs' draws: `[inputA, inputB, rho]`, −1 ≤ rho ≤ 1. */
export type Correlation = readonly [InputId, InputId, number];
