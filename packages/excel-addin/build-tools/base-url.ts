/** Where the manifests in the repository point: the dev server (`pnpm dev`). */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The URL the built add-in will be served from, from `ADDIN_BASE_URL`; the dev server when unset. It must be an
 * absolute https URL (Office loads add-ins over HTTPS only); a missing trailing slash is added so that
 * "https://host/path" serves "https://host/path/taskpane.html". A bad value stops the build with one line naming it.
 * @example parseBaseUrl('https://example.org/aifin') // 'https://example.org/aifin/'
 */
export const parseBaseUrl = (value: string | undefined): string => {
  if (value === undefined || value.trim() === '') return DEV_BASE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `ADDIN_BASE_URL must be an absolute https URL such as https://example.org/aifin/, got "${value}"`,
    );
  }
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '')
    throw new Error(
      `ADDIN_BASE_URL must be an https URL without query or fragment (Excel loads add-ins over HTTPS only), got "${value}"`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
};

/**
 * A manifest's text with every dev-server URL moved under `baseUrl`. Throws if anything still names localhost, so
 * a production manifest can never send Excel to a developer's machine.
 * @example rebaseManifest('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', 'https://x.org/a/')
 * // '<SourceLocation DefaultValue="https://x.org/a/taskpane.html"/>'
 */
export const rebaseManifest = (text: string, baseUrl: string): string => {
  const rebased = text.replaceAll(DEV_BASE_URL, baseUrl);
  if (baseUrl !== DEV_BASE_URL && /localhost/i.test(rebased))
    throw new Error(
      'a manifest still names localhost after rebasing: every URL must start with the dev base URL',
    );
  return rebased;
};
