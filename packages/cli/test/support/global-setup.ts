import { ensureBinary } from './binary.js';

/** Builds the binary once before any test file runs, so parallel test files never build it at the same time. */
export default function setup(): void {
  ensureBinary();
}
