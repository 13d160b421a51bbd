declare global {
  interface Window {
    /** `performance.now()` when the pane first became interactive; read by the end-to-end test and reported. */
    __aifinFirstRender?: number;
  }
}

/**
 * Records when the pane became interactive, once. Kept on `window` because the figure is measured from outside the
 * app (the browser test), not logged.
 * @example useEffect(markFirstRender, [])
 */
export const markFirstRender = (): void => {
  if (window.__aifinFirstRender === undefined) window.__aifinFirstRender = performance.now();
};
