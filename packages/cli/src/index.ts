import { nodeIo } from './io.js';
import { runCleanup } from './process-cleanup.js';
import { VERSION } from './version.js';
import { watchStreams } from './watch-streams.js';

// Before anything is printed: a closed pipe ends quietly, a full stdout is one line, signals clean up.
watchStreams();
const argv = process.argv.slice(2);
const io = nodeIo();
let exitCode = 0;
// The one place that exits, and the one catch: commands return codes, and every error ends up here.
try {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // Answered before commander loads: it needs nothing else, and it is the start-up people time.
    io.out(`${VERSION}\n`);
  } else {
    const { runCli } = await import('./program.js');
    exitCode = await runCli(argv, io);
  }
} catch (error) {
  const { describeFailure } = await import('./errors/describe-failure.js');
  const failure = describeFailure(error, process.env.AIFIN_DEBUG === '1');
  for (const line of failure.lines) io.err(`${line}\n`);
  exitCode = failure.exitCode;
}
runCleanup();
// Let buffered output reach a pipe before exiting (exit does not wait for it).
await new Promise<void>((done) => process.stdout.write('', () => done()));
process.exit(exitCode);
