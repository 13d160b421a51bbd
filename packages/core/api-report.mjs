// The API report of each public entry of @aifin/core (etc/*.api.md), made by API Extractor from the built
// declarations. `pnpm --filter @aifin/core api` rewrites the reports after a deliberate change of the surface (commit
// them: the diff is the review); `api:check` (`--check`), which CI runs, fails when a report differs from the committed one,
// so that no change of the public surface lands unseen. Both scripts build first: a stale dist/ would pass the check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

/** Each entry of the `exports` map: its report's name and its built declarations (the .d.cts twins are the same). */
const ENTRIES = [
  { report: 'core', declarations: 'dist/index.d.ts' },
  { report: 'core-workbook', declarations: 'dist/workbook.d.ts' },
  { report: 'core-analysis', declarations: 'dist/analysis.d.ts' },
  { report: 'core-errors', declarations: 'dist/errors.d.ts' },
];

const projectFolder = fileURLToPath(new URL('.', import.meta.url));
const check = process.argv.includes('--check');

let failed = false;
for (const { report, declarations } of ENTRIES) {
  const mainEntryPointFilePath = `${projectFolder}${declarations}`;
  if (!existsSync(mainEntryPointFilePath))
    throw new Error(`${declarations} is missing: run \`pnpm --filter @aifin/core build\` first`);
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder,
      mainEntryPointFilePath,
      // The declarations as tsdown emitted them, with core's compiler settings, so that the check reads what a
      // consumer's TypeScript reads. API Extractor bundles its own TypeScript; these options keep it to the files.
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            types: [],
            skipLibCheck: false,
          },
          files: [mainEntryPointFilePath],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${report}.api.md`,
        reportFolder: `${projectFolder}etc/`,
        reportTempFolder: `${projectFolder}.api-report/`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        compilerMessageReporting: { default: { logLevel: 'error' } },
        extractorMessageReporting: {
          default: { logLevel: 'error' },
          // A type that a public signature uses must itself be public: the report would otherwise name a type no
          // consumer can import.
          'ae-forgotten-export': { logLevel: 'error', addToApiReportFile: false },
          // Release tags (@public, @beta) are a staged-release scheme this package does not use: every name an
          // entry exports is public, and the entries themselves say what is public.
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          // A subpath re-exports names the main entry also exports (buildWorkbookPlan, runSimulation): one
          // declaration, reachable two ways, is intended.
          'ae-internal-missing-underscore': { logLevel: 'none', addToApiReportFile: false },
          // TypeDoc's `notDocumented` validation (typedoc.json) is the one check that every export is documented.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
        },
        // TypeDoc checks the comments (`pnpm run docs`, warnings as errors, every export documented); API
        // Extractor's TSDoc parser disagrees with TypeDoc on tags both accept (@example with code, {@link} forms).
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: `${projectFolder}package.json`,
  });
  const result = Extractor.invoke(config, {
    localBuild: !check,
    showVerboseMessages: false,
    // In CI the log shows what changed, not only that something did.
    printApiReportDiff: check,
    // Which TypeScript API Extractor bundles (6.0 here, reading 5.9's declarations without complaint) is not news.
    messageCallback(message) {
      if (message.messageId === 'console-preamble') message.handled = true;
    },
  });
  // A local build succeeds when it only updated a report (a warning); the check fails on any warning or error.
  if (!result.succeeded) {
    failed = true;
    if (check && result.apiReportChanged)
      console.error(
        `api: etc/${report}.api.md differs from the public surface; run \`pnpm --filter @aifin/core api\` and commit the report`,
      );
  }
}
if (failed) process.exit(1);
