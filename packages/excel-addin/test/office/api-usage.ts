import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A requirement set and the lowest version the add-in declares or a member needs, e.g. ExcelApi 1.12. */
export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

/** One use of an Office.js member above the declared requirement sets, with no guard around it. */
export interface UnguardedUse {
  readonly file: string;
  readonly line: number;
  readonly member: string;
  readonly needs: ApiSet;
}

const compare = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/** The `[Api set: Name x.y]` tag of a declaration in Office's typings, or null for an untagged one. */
const apiSetOf = (declaration: ts.Declaration): ApiSet | null => {
  const text = declaration.getSourceFile().getFullText();
  const comment = text.slice(declaration.getFullStart(), declaration.getStart());
  const match = /\[Api set: ([A-Za-z]+) ([\d.]+)/.exec(comment);
  return match?.[1] && match[2] ? { name: match[1], version: match[2] } : null;
};

/** Whether `node` sits in the then-branch of `if (…isSetSupported('Name', 'x.y')…)` for a high enough version. */
const guarded = (node: ts.Node, needs: ApiSet): boolean => {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    const condition =
      ts.isIfStatement(parent) && parent.thenStatement === at
        ? parent.expression
        : ts.isConditionalExpression(parent) && parent.whenTrue === at
          ? parent.condition
          : ts.isBinaryExpression(parent) &&
              parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
              parent.right === at
            ? parent.left
            : null;
    if (!condition) continue;
    for (const m of condition.getText().matchAll(/isSetSupported\(\s*['"](\w+)['"]\s*,\s*['"]([\d.]+)['"]/g))
      if (m[1] === needs.name && m[2] && compare(m[2], needs.version) >= 0) return true;
  }
  return false;
};

/**
 * Every use, in `files`, of an Office.js or custom-functions member whose `[Api set: …]` tag (from
 * @types/office-js and @types/custom-functions-runtime) is above what `declared` allows, that is not inside an
 * `isSetSupported` check for it. A set the add-in does not declare at all (Outlook's Mailbox, WordApi, …) counts as
 * above it. Found with the type checker, so aliases and chained calls are resolved as the compiler sees them.
 * @example unguardedUses(['src/office/build-model.ts'], tsconfig, [{ name: 'ExcelApi', version: '1.12' }]) // []
 */
export const unguardedUses = (
  files: readonly string[],
  tsconfigPath: string,
  declared: readonly ApiSet[],
): UnguardedUse[] => {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfigPath}`);
  const program = ts.createProgram({ rootNames: [...files], options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const typings = (name: string) =>
    name.includes(`${join('@types', 'office-js')}`) || name.includes('custom-functions-runtime');
  const uses: UnguardedUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) ||
        (ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node.parent))
      ) {
        const target = ts.isPropertyAccessExpression(node) ? node.name : node;
        let symbol = checker.getSymbolAtLocation(target);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          if (!typings(declaration.getSourceFile().fileName)) continue;
          const needs = apiSetOf(declaration);
          if (!needs) continue;
          const allowed = declared.find((d) => d.name === needs.name);
          if (allowed && compare(needs.version, allowed.version) <= 0) continue;
          if (guarded(node, needs)) continue;
          uses.push({
            file: relative(dirname(tsconfigPath), source.fileName),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            member: node.getText(),
            needs,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
};
