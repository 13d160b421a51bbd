import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The vendored copy of Microsoft's add-in only manifest schema (see xsd/README.md for its origin). */
export const MANIFEST_XSD = join(
  fileURLToPath(new URL('./xsd/', import.meta.url)),
  'OfficeAppManifestV1_1.xsd',
);

/**
 * Validates an add-in only manifest offline against Microsoft's XSD with xmllint (libxml2-utils). Resolves with
 * xmllint's output when valid; rejects with it otherwise.
 * @example await validateXmlManifest('manifest.xml')
 */
export const validateXmlManifest = async (path: string): Promise<string> => {
  try {
    const { stderr } = await run('xmllint', ['--noout', '--schema', MANIFEST_XSD, path]);
    return stderr;
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: unknown };
    if (code === 'ENOENT')
      throw new Error('xmllint is missing: run scripts/ensure-test-deps.sh (libxml2-utils)');
    throw new Error(stderr ?? String(error));
  }
};
