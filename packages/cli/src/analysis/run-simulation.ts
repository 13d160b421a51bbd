import {
  analysisErrors,
  type Distribution,
  type FactSet,
  modelForFacts,
  type Sampling,
  type Scenario,
  type SimulationResult,
} from '@aifin/core';
import {
  IN_MEMORY_BUDGET_BYTES,
  localThreads,
  type PathRows,
  type PreparedSimulation,
  prepareSimulation,
  runSimulation,
  type SimulationProgress,
  type SimulationThreads,
  simulationPlan,
} from '@aifin/core/analysis';
import { addressSpaceLeft, inMemoryBudget, workerCap } from './thread-limits.js';
import { startWorkerPool, type WorkerPool } from './worker-threads.js';

export type { SimulationProgress } from '@aifin/core/analysis';

/** A whole simulation as the CLI runs it: what to draw, and on how many threads (1: the main thread itself). */
export interface SimulationJob {
  /** One scenario, or a mixture's scenarios with their weights. */
  readonly scenarios: readonly { readonly scenario: Scenario; readonly weight: number }[];
  readonly factSet: FactSet;
  readonly holdFacts: boolean;
  readonly distribution: Distribution;
  readonly sampling: Sampling;
  readonly seed: number;
  readonly paths: number;
  readonly workers: number;
  readonly onProgress: (progress: SimulationProgress) => void;
  /** A paths file's rows, in path order (`--paths-out`). */
  readonly onRows?: (rows: PathRows, prepared: PreparedSimulation) => void | Promise<void>;
  /** Before the paths run, with the prepared run (a paths file writes its header from it). */
  readonly onPrepared?: (prepared: PreparedSimulation) => void;
  /** Tests only: a lower in-memory budget and collect cap, to stream small runs through several passes. */
  readonly streaming?: {
    readonly budgetBytes?: number;
    readonly collectCap?: number;
    readonly pilotPaths?: number;
  };
  /** Tests only: the bundled worker, when this module runs from source. */
  readonly workerUrl?: URL;
}

/** The bundled worker beside the CLI's entry; the command itself may sit in a chunk one directory down. */
function bundledWorkerUrl(): URL {
  return new URL(
    import.meta.url.includes('/chunks/') ? '../simulate-worker.js' : './simulate-worker.js',
    import.meta.url,
  );
}

/** Lets a progress bar draw, and signals arrive, between chunks run in the main thread. */
function breathe(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

function isAllocationFailure(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /allocation failed|Invalid typed array length|Array buffer/i.test(error.message)
  );
}

/**
 * Runs a simulation with core's runner on this machine's threads: worker threads when more than one is asked for
 * and they can start (capped by the cores and, under an address-space limit, by what it leaves room for), else
 * the main thread. Each path is a function of (plan, index), so the result does not depend on how many started.
 * @example await runSimulationJob({ scenarios: [{ scenario, weight: 1 }], …, workers: 2, onProgress })
 */
export async function runSimulationJob(job: SimulationJob): Promise<SimulationResult> {
  const model = modelForFacts(job.factSet);
  const plan = simulationPlan({
    scenarios: job.scenarios,
    facts: job.factSet.facts,
    holdFacts: job.holdFacts,
    distribution: job.distribution,
    sampling: job.sampling,
    seed: job.seed,
    paths: job.paths,
    model,
  });
  const left = addressSpaceLeft();
  const budgetBytes = inMemoryBudget(job.streaming?.budgetBytes ?? IN_MEMORY_BUDGET_BYTES, left);
  try {
    const prepared = prepareSimulation(model, plan);
    job.onPrepared?.(prepared);
    const cap = job.workers > 1 ? workerCap(job.workers, left) : 0;
    let pool: WorkerPool | null = null;
    if (cap > 1) {
      pool = await startWorkerPool(job.workerUrl ?? bundledWorkerUrl(), { plan, factSet: job.factSet }, cap);
      if (pool.size === 0) {
        await pool.close();
        pool = null;
      }
    }
    const threads: SimulationThreads = pool ?? localThreads(prepared, breathe);
    try {
      const onRows = job.onRows;
      return await runSimulation(prepared, threads, {
        onProgress: job.onProgress,
        budgetBytes,
        ...(onRows === undefined ? {} : { onRows: (rows: PathRows) => onRows(rows, prepared) }),
        ...(job.streaming?.collectCap === undefined ? {} : { collectCap: job.streaming.collectCap }),
        ...(job.streaming?.pilotPaths === undefined ? {} : { pilotPaths: job.streaming.pilotPaths }),
      });
    } finally {
      await pool?.close();
    }
  } catch (error) {
    if (
      isAllocationFailure(error) ||
      (error instanceof Error && /Array buffer allocation failed/.test(error.message))
    )
      throw analysisErrors.outOfMemory(job.paths);
    throw error;
  }
}
