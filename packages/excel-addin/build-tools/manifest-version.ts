/**
 * The add-in's version in the form both manifests accept: three dot-separated whole numbers. A pre-release or build
 * suffix ("1.2.0-beta.1") has no place in either manifest, so it stops the build with one line naming the value.
 * @example parseAddinVersion('0.3.1') // [0, 3, 1]
 */
export function parseAddinVersion(version: string): readonly [number, number, number] {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(version);
  if (!match)
    throw new Error(
      `package.json "version" must be three whole numbers such as 1.2.3 for the add-in manifests, got "${version}"`,
    );
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The add-in only manifest (XML) with its `<Version>` set from the package version, as the four-part number Office
 * expects (1.2.3 → 1.2.3.0). Office and the admin center pick up a changed manifest only when this number grows.
 * @example stampXmlManifestVersion('<Version>1.0.0.0</Version>', '0.2.0') // '<Version>0.2.0.0</Version>'
 */
export function stampXmlManifestVersion(text: string, version: string): string {
  const [major, minor, patch] = parseAddinVersion(version);
  const found = text.match(/<Version>[^<]*<\/Version>/g) ?? [];
  // OfficeApp has exactly one <Version>; anything else means the manifest changed shape and must be looked at.
  if (found.length !== 1)
    throw new Error(`manifest.xml must have exactly one <Version> element, found ${found.length}`);
  return text.replace(/<Version>[^<]*<\/Version>/, `<Version>${major}.${minor}.${patch}.0</Version>`);
}

/**
 * The unified manifest (JSON) with its top-level `version` set from the package version.
 * @example JSON.parse(stampJsonManifestVersion('{"version":"1.0.0"}', '0.2.0')).version // '0.2.0'
 */
export function stampJsonManifestVersion(text: string, version: string): string {
  const [major, minor, patch] = parseAddinVersion(version);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  if (typeof manifest.version !== 'string') throw new Error('manifest.json has no top-level "version"');
  manifest.version = `${major}.${minor}.${patch}`;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
