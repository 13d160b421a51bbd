import { describeFailure } from './errors/describe-failure.js';
import { nodeIo } from './io.js';
import { runCli } from './program.js';

// The one place that exits: commands return codes, and every error ends up in this catch.
const io = nodeIo();
let exitCode: number;
try {
  exitCode = await runCli(process.argv.slice(2), io);
} catch (error) {
  const failure = describeFailure(error, process.env.AIFIN_DEBUG === '1');
  for (const line of failure.lines) io.err(`${line}\n`);
  exitCode = failure.exitCode;
}
// Let buffered output reach a pipe before exiting (exit does not wait for it).
await new Promise<void>((done) => process.stdout.write('', () => done()));
process.exit(exitCode);
