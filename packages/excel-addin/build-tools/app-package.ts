import { exportMetadataPackage, validateManifest } from 'office-addin-manifest';

/**
 * Validates a built `manifest.json` against the unified manifest's schema (offline, with Microsoft's
 * `office-addin-manifest`), then writes the app package an admin uploads: a zip of manifest.json and the icons it
 * references by relative path, made by the same tool's `export`. An invalid manifest stops the build, listing the
 * schema's complaints.
 * @example await buildAppPackage('dist/manifest.json', 'dist-package/aifin-excel-addin-0.1.0.zip')
 */
export async function buildAppPackage(manifestPath: string, zipPath: string): Promise<string> {
  const validation = await validateManifest(manifestPath);
  if (!validation.isValid) {
    const errors = (validation.report?.errors ?? []).map((issue) => issue.content ?? issue.title ?? '?');
    throw new Error(`manifest.json does not validate: ${errors.join('; ') || 'no details given'}`);
  }
  return exportMetadataPackage(zipPath, manifestPath);
}
