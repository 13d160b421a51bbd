import type { WorkbookPlan } from '@aifin/core';
import { useCallback, useRef, useState } from 'react';
import type { BuildResult } from '../office/build-model.js';
import type { BuildModel } from './excel-operations.js';

/** A finished, successful build as the renderer reports it. */
export type BuiltResult = Extract<BuildResult, { readonly ok: true }>;

/** Where a build stands; each state is what the pane shows. */
export type BuildState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly step: string; readonly fraction: number }
  | { readonly status: 'built'; readonly result: BuiltResult }
  /** The workbook already has sheets of the plan's names: the user decides whether to move them aside. */
  | { readonly status: 'conflict'; readonly sheets: readonly string[]; readonly message: string }
  /** Protection or the user's own names stand in the way: nothing was written, the message says what to do. */
  | { readonly status: 'blocked'; readonly message: string }
  | { readonly status: 'unsupported'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** The build state and the actions that move it on. */
export interface BuildControls {
  readonly state: BuildState;
  /** Writes the plan; asks first (state `conflict`) if it would overwrite sheets of the user's. */
  readonly build: (plan: WorkbookPlan) => void;
  /** After a conflict: moves the user's sheets aside and builds the same plan. */
  readonly replaceAndBuild: () => void;
  /** After a conflict: leaves the workbook alone. */
  readonly cancel: () => void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : `The build failed: ${String(error)}`;

/**
 * Runs builds through the injected Excel operation and turns every outcome, thrown errors included, into a state
 * the pane shows: errors reach the user, never only the console.
 * @example const { state, build } = useBuild(operations.buildModel); build(plan);
 */
export const useBuild = (buildModel: BuildModel): BuildControls => {
  const [state, setState] = useState<BuildState>({ status: 'idle' });
  // The plan the conflict was about, so that confirming rebuilds exactly what the user asked for.
  const pending = useRef<WorkbookPlan | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (plan: WorkbookPlan, replaceUserSheets: boolean) => {
      // A second click while Excel is still writing would interleave two builds in one workbook.
      if (running.current) return;
      running.current = true;
      pending.current = plan;
      setState({ status: 'running', step: 'Starting', fraction: 0 });
      try {
        const result = await buildModel(plan, {
          replaceUserSheets,
          onProgress: (step, fraction) => setState({ status: 'running', step, fraction }),
        });
        if (result.ok) setState({ status: 'built', result });
        else if (result.reason === 'conflict')
          setState({ status: 'conflict', sheets: result.sheets, message: result.message });
        else if (result.reason === 'blocked') setState({ status: 'blocked', message: result.message });
        else setState({ status: 'unsupported', message: result.message });
      } catch (error) {
        setState({ status: 'failed', message: messageOf(error) });
      } finally {
        running.current = false;
      }
    },
    [buildModel],
  );

  const build = useCallback((plan: WorkbookPlan) => void run(plan, false), [run]);
  const replaceAndBuild = useCallback(() => {
    if (pending.current) void run(pending.current, true);
  }, [run]);
  const cancel = useCallback(() => {
    pending.current = null;
    setState({ status: 'idle' });
  }, []);

  return { state, build, replaceAndBuild, cancel };
};
