import license from 'rollup-plugin-license';
import type { Plugin } from 'vite';

/** The file name of the notices in a built output folder (dist/ of the add-in, the CLI's tarball). */
export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';

/** One package whose code is in a bundle, with its licence as its own package declares it. */
export interface Notice {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly homepage: string;
  readonly text: string;
}

/** Gathers the packages of every bundle of one build (pane, worker, functions) into one notices file. */
export interface LicenseCollector {
  /** A plugin for one bundle: rollup-plugin-license reading the modules each rendered chunk contains. */
  plugin(): Plugin;
  /** The notices of every package any bundle rendered code from, by name. */
  notices(): readonly Notice[];
}

/**
 * A collector of third-party licences from the bundler's own output (each chunk's rendered modules, through
 * rollup-plugin-license), so the notices list exactly what ships and cannot drift from it.
 * @example const licenses = collectLicenses(); plugins: [licenses.plugin()]; … renderNotices('the add-in', licenses.notices())
 */
export function collectLicenses(): LicenseCollector {
  const found = new Map<string, Notice>();
  return {
    plugin() {
      return license({
        thirdParty: {
          // The packages a bundle holds: not the add-in itself, and no development-only package (none is bundled).
          output: (dependencies) => {
            for (const dependency of dependencies) {
              if (dependency.name === null) continue;
              found.set(dependency.name, {
                name: dependency.name,
                version: dependency.version ?? '',
                license: dependency.license ?? 'UNKNOWN',
                homepage: dependency.homepage ?? repositoryUrl(dependency.repository),
                text: dependency.licenseText ?? dependency.noticeText ?? '',
              });
            }
          },
        },
      }) as unknown as Plugin;
    },
    notices() {
      return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

/**
 * The notices file: a header, then per package its name, version, licence, home page and the licence text its
 * package ships (or a line saying it ships none).
 * @example renderNotices('the aifin Excel add-in (dist/)', [{ name: 'react', version: '19.3.1', license: 'MIT', … }])
 */
export function renderNotices(what: string, notices: readonly Notice[]): string {
  const rule = '='.repeat(78);
  const parts = notices.map((notice) => {
    const lines = [rule, `${notice.name} ${notice.version}, ${notice.license}`];
    if (notice.homepage !== '') lines.push(notice.homepage);
    lines.push(
      '',
      notice.text.trim() || `No licence file in the package; its package.json says ${notice.license}.`,
    );
    return lines.join('\n');
  });
  return [
    `Third-party software in ${what}`,
    'Generated at build time from the modules the bundler put in each file; do not edit.',
    `${notices.length} packages.`,
    '',
    ...parts,
    '',
  ].join('\n');
}

function repositoryUrl(repository: unknown): string {
  if (typeof repository === 'string') return repository;
  if (repository && typeof repository === 'object' && 'url' in repository) return String(repository.url);
  return '';
}
