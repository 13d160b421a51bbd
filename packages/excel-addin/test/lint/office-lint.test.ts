import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

const lint = async (code: string, file: string) => {
  const eslint = new ESLint({ cwd: PACKAGE_DIR });
  const [result] = await eslint.lintText(code, { filePath: `${PACKAGE_DIR}${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};

describe("Microsoft's Office add-in lint rules (eslint-plugin-office-addins)", () => {
  it('pass on src/office and src/functions as they are', async () => {
    const eslint = new ESLint({ cwd: PACKAGE_DIR });
    const results = await eslint.lintFiles(['src/office', 'src/functions']);
    expect(results.length).toBeGreaterThan(10);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}`));
    expect(problems).toEqual([]);
    // Linting two folders takes about 4 s on a busy 2-core machine: vitest's default 5 s let it fail now and then.
  }, 30_000);

  it('are live on those folders: reading before load and sync, and a sync in a loop, are reported', async () => {
    const code = `export async function f(context: Excel.RequestContext) {
  const range = context.workbook.getSelectedRange();
  console.log(range.address);
  for (const name of ['a', 'b']) {
    context.workbook.names.add(name, '=1');
    await context.sync();
  }
}
`;
    const rules = await lint(code, 'src/office/example.ts');
    expect(rules).toContain('office-addins/load-object-before-read');
    expect(rules).toContain('office-addins/no-context-sync-in-loop');
    expect(await lint(code, 'src/functions/example.ts')).toContain('office-addins/load-object-before-read');
  });
});
