/**
 * Work to undo when the process ends early: temporary files this process made, a hidden terminal cursor. Tasks
 * run synchronously, because an exit or signal handler cannot wait; each runs at most once.
 */
const tasks = new Set<() => void>();

/**
 * Registers a task to run if the process ends (exit, SIGINT, SIGTERM) before the returned function removes it.
 * @example const done = onCleanup(() => unlinkSync(temp)); …; done();
 */
export const onCleanup = (task: () => void): (() => void) => {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
};

/** Runs every registered task, newest first; a failing task does not stop the others. */
export const runCleanup = (): void => {
  for (const task of [...tasks].reverse()) {
    tasks.delete(task);
    try {
      task();
    } catch {
      // Best effort: the process is ending and has no one left to tell.
    }
  }
};
