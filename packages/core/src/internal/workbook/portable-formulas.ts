import { a1 } from '../../workbook/address.js';
import type { WorkbookPlan } from '../../workbook/plan.js';

/**
 * A lint over the plan's formulas: it refuses the forms that Excel computes one way and another spreadsheet
 * (LibreOffice, HyperFormula, Google Sheets, Numbers) another way or not at all. Analysts open the workbook in Excel,
 * but also upload it to Google Sheets or open it in Numbers; a model that silently changes its numbers there is
 * worse than one that fails. The HyperFormula and LibreOffice parity tests prove the numbers; this lint keeps the
 * known traps out before any engine runs.
 */

/** Each rule the lint applies, with the reason the form is not portable. */
export const PORTABILITY_RULES = {
  'index-arguments':
    'INDEX needs its row and its column: with two arguments Excel reads INDEX(one-row range, k) as column k, ' +
    'HyperFormula and others as row k (#NUM! or #REF!). Write INDEX(r,1,k) for a row, INDEX(r,k,1) for a column.',
  'array-arithmetic':
    'A range where one value is expected (an operand, or an argument of a function that takes one value) is ' +
    'array arithmetic: Excel 365 spills or evaluates it as an array, engines without array evaluation ' +
    '(HyperFormula by default, Google Sheets and Numbers outside an array formula) take one cell or give #VALUE!. ' +
    'Sum or count year by year, or use SUMIF/COUNTIF on a range.',
  'sumproduct-expression':
    'SUMPRODUCT over an expression (ABS(r), --(r>x), r*s) relies on array evaluation of its arguments, which not ' +
    'every engine does: give SUMPRODUCT plain ranges only, or write the sum out.',
  'whole-column':
    'Whole-column and whole-row references (A:A, 1:1) read a different number of rows in every engine ' +
    '(1,048,576 in Excel, the used range or a size limit elsewhere) and are slow in Google Sheets and Numbers.',
  volatile:
    'Volatile functions (INDIRECT, OFFSET, NOW, TODAY, RAND…) recalculate on every change, and INDIRECT and ' +
    'OFFSET build references from text that other engines resolve differently or not at all.',
  'error-hiding':
    'IFERROR and ISERROR turn any engine error into a value, so a form another engine cannot compute shows a ' +
    'plausible wrong figure; test the honest case instead (ISNA(MATCH(…)), COUNTIF(…)=0).',
  'array-constant':
    'Array constants ({1,2;3,4}) use separators that differ by engine and locale, and some engines do not read them.',
  'local-separator':
    'A ";" argument separator is a localized formula (formulasLocal): the workbook stores English formulas ' +
    'with "," so that every locale and engine reads them.',
  'function-not-allowed':
    'Only functions that Excel, LibreOffice, HyperFormula, Google Sheets and Numbers all compute alike are ' +
    'allowed; add one to the allow-list only once the HyperFormula and LibreOffice parity tests cover it.',
  'formula-length':
    'Excel refuses a formula longer than 8,192 characters, and sums written out year by year grow with the horizon.',
  unparsed: 'The lint cannot read this formula, so it cannot show that every engine reads it the same way.',
} as const;

/** The id of one portability rule. */
export type PortabilityRuleId = keyof typeof PORTABILITY_RULES;

/** One non-portable form found in a formula. */
export interface PortabilityFinding {
  readonly rule: PortabilityRuleId;
  readonly reason: string;
  /** What was found, e.g. "INDEX with 2 arguments" or "range $D$5:$K$5 as an operand of *". */
  readonly detail: string;
}

/** A finding in a cell of the plan. */
export interface PlanPortabilityFinding extends PortabilityFinding {
  readonly sheet: string;
  /** A1 address of the cell. */
  readonly cell: string;
  readonly formula: string;
}

/** Excel's limit on the length of a formula's text. */
const MAX_FORMULA_LENGTH = 8192;

/**
 * Functions every engine computes alike, each with the arguments that may be ranges (by index from 0), or `all`.
 * ISNA, IF and the arithmetic functions take one value per argument.
 */
const PORTABLE_FUNCTIONS: Readonly<Record<string, 'all' | 'none' | ((index: number) => boolean)>> = {
  ABS: 'none',
  AND: 'all',
  AVERAGE: 'all',
  COLUMNS: 'all',
  COUNT: 'all',
  COUNTIF: (i) => i === 0,
  COUNTIFS: (i) => i % 2 === 0,
  EXP: 'none',
  GEOMEAN: 'all',
  IF: 'none',
  INDEX: (i) => i === 0,
  ISNA: 'none',
  ISNUMBER: 'none',
  LN: 'none',
  MATCH: (i) => i === 1,
  MAX: 'all',
  MIN: 'all',
  NOT: 'none',
  OR: 'all',
  POWER: 'none',
  ROUND: 'none',
  ROWS: 'all',
  SQRT: 'none',
  SUM: 'all',
  SUMIF: (i) => i === 0 || i === 2,
  SUMIFS: (i) => i === 0 || i % 2 === 1,
  SUMPRODUCT: 'all',
};

const VOLATILE = new Set([
  'INDIRECT',
  'OFFSET',
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
  'CELL',
  'INFO',
]);
const ERROR_HIDING = new Set(['IFERROR', 'IFNA', 'ISERROR', 'ISERR']);

type Token =
  | { readonly t: 'num' | 'str' | 'bool' | 'error' }
  | { readonly t: 'ref'; readonly text: string; readonly shape: 'cell' | 'range' | 'whole' }
  | { readonly t: 'name'; readonly text: string }
  | { readonly t: 'fn'; readonly text: string }
  | { readonly t: 'op'; readonly text: string };

/** A parsed formula: just what the rules need to see. */
type Ast =
  | { readonly k: 'value' }
  | { readonly k: 'ref'; readonly text: string; readonly multi: boolean; readonly whole: boolean }
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Ast[] }
  | { readonly k: 'op'; readonly op: string; readonly args: readonly Ast[] };

class Unreadable extends Error {}

const SHEET = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`^(?:${SHEET})?(?:(${CELL}:${CELL})|(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)|(${CELL}))(?![A-Za-z0-9_.(!])`,
);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/i;
const IDENTIFIER = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ',', '(', ')', ':'];

/** Splits a formula body into tokens; array constants and ";" separators are findings, not tokens. */
function tokenize(body: string, found: PortabilityFinding[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < body.length) {
    const rest = body.slice(at);
    const char = rest[0] as string;
    if (char === ' ') {
      at++;
      continue;
    }
    if (char === '"') {
      const string = /^"(?:[^"]|"")*"/.exec(rest);
      if (!string) throw new Unreadable('an unterminated string');
      tokens.push({ t: 'str' });
      at += string[0].length;
      continue;
    }
    if (char === '{' || char === '}') {
      if (char === '{') found.push(finding('array-constant', 'an array constant {…}'));
      at++;
      continue;
    }
    if (char === ';') {
      found.push(finding('local-separator', 'a ";" separator'));
      tokens.push({ t: 'op', text: ',' });
      at++;
      continue;
    }
    const reference = REFERENCE.exec(rest);
    if (reference) {
      const shape = reference[1] ? 'range' : reference[2] ? 'whole' : 'cell';
      tokens.push({ t: 'ref', text: reference[0], shape });
      at += reference[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ t: 'num' });
      at += number[0].length;
      continue;
    }
    const error = ERROR_LITERAL.exec(rest);
    if (error) {
      tokens.push({ t: 'error' });
      at += error[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      const text = identifier[0];
      at += text.length;
      if (body[at] === '(') tokens.push({ t: 'fn', text: text.toUpperCase() });
      else if (/^(TRUE|FALSE)$/i.test(text)) tokens.push({ t: 'bool' });
      else tokens.push({ t: 'name', text });
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) throw new Unreadable(`an unexpected character ${JSON.stringify(char)}`);
    tokens.push({ t: 'op', text: op });
    at += op.length;
  }
  return tokens;
}

/** Excel's operator precedence, loosest first (negation binds tighter than ^, % tighter still). */
const BINARY_LEVELS: readonly (readonly string[])[] = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
];

/** A recursive-descent parser over the tokens; a name is multi-cell when the plan defines it over several cells. */
function parse(tokens: readonly Token[], multiCellNames: ReadonlySet<string>): Ast {
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (text: string): boolean => {
    const token = peek();
    return token?.t === 'op' && token.text === text;
  };
  const expect = (text: string): void => {
    if (!isOp(text)) throw new Unreadable(`"${text}" expected`);
    at++;
  };
  const binary = (level: number): Ast => {
    const ops = BINARY_LEVELS[level];
    if (!ops) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (token?.t !== 'op' || !ops.includes(token.text)) return left;
      at++;
      left = { k: 'op', op: token.text, args: [left, binary(level + 1)] };
    }
  };
  const unary = (): Ast => {
    const token = peek();
    if (token?.t === 'op' && (token.text === '-' || token.text === '+')) {
      at++;
      return { k: 'op', op: `unary ${token.text}`, args: [unary()] };
    }
    let operand = primary();
    while (isOp('%')) {
      at++;
      operand = { k: 'op', op: '%', args: [operand] };
    }
    return operand;
  };
  const primary = (): Ast => {
    const token = peek();
    at++;
    switch (token?.t) {
      case 'num':
      case 'str':
      case 'bool':
      case 'error':
        return { k: 'value' };
      case 'ref':
        return { k: 'ref', text: token.text, multi: token.shape !== 'cell', whole: token.shape === 'whole' };
      case 'name':
        return { k: 'ref', text: token.text, multi: multiCellNames.has(token.text), whole: false };
      case 'fn': {
        expect('(');
        const args: Ast[] = [];
        if (!isOp(')'))
          for (;;) {
            // An empty argument (IF(a,,b)) reads as a value.
            args.push(isOp(',') || isOp(')') ? { k: 'value' } : binary(0));
            if (!isOp(',')) break;
            at++;
          }
        expect(')');
        return { k: 'call', fn: token.text, args };
      }
      case 'op':
        if (token.text === '(') {
          const inner = binary(0);
          expect(')');
          return inner;
        }
        throw new Unreadable(`an unexpected "${token.text}"`);
      default:
        throw new Unreadable('the formula ends early');
    }
  };
  const ast = binary(0);
  if (at < tokens.length) throw new Unreadable('more after the end of the formula');
  return ast;
}

function finding(rule: PortabilityRuleId, detail: string): PortabilityFinding {
  return { rule, reason: PORTABILITY_RULES[rule], detail };
}

/** Walks the tree; `rangeAllowed` says whether the node's position takes a range (a range-taking argument). */
function check(node: Ast, rangeAllowed: boolean, where: string, found: PortabilityFinding[]): void {
  switch (node.k) {
    case 'value':
      return;
    case 'ref':
      if (node.whole)
        found.push(finding('whole-column', `the whole-column or whole-row reference ${node.text}`));
      if (node.multi && !rangeAllowed)
        found.push(finding('array-arithmetic', `the range ${node.text} ${where}`));
      return;
    case 'op':
      for (const arg of node.args) check(arg, false, `as an operand of ${node.op}`, found);
      return;
    case 'call': {
      const { fn, args } = node;
      const ranges = PORTABLE_FUNCTIONS[fn];
      if (VOLATILE.has(fn)) found.push(finding('volatile', `the volatile function ${fn}`));
      else if (ERROR_HIDING.has(fn)) found.push(finding('error-hiding', `${fn}, which hides any error`));
      else if (ranges === undefined) found.push(finding('function-not-allowed', `the function ${fn}`));
      if (fn === 'INDEX' && args.length !== 3)
        found.push(
          finding('index-arguments', `INDEX with ${args.length} argument${args.length === 1 ? '' : 's'}`),
        );
      if (fn === 'SUMPRODUCT')
        for (const arg of args)
          if (arg.k !== 'ref') found.push(finding('sumproduct-expression', 'SUMPRODUCT over an expression'));
      args.forEach((arg, i) => {
        // An unknown function is already refused; its arguments are not judged twice.
        const takesRange =
          ranges === undefined || ranges === 'all' || (typeof ranges === 'function' && ranges(i));
        check(arg, takesRange, `as argument ${i + 1} of ${fn}, which takes one value there`, found);
      });
      return;
    }
  }
}

/**
 * The non-portable forms in one formula (English A1, with or without its leading "="); empty when it is portable.
 * `multiCellNames` are the defined names that span more than one cell, so that `ABS(arr_total)` is seen as the
 * array arithmetic it is.
 * @example nonPortableForms('=INDEX(arr_total,COLUMNS(arr_total))', new Set(['arr_total']))[0]?.rule // 'index-arguments'
 */
export function nonPortableForms(
  formula: string,
  multiCellNames: ReadonlySet<string> = new Set(),
): readonly PortabilityFinding[] {
  const found: PortabilityFinding[] = [];
  if (formula.length > MAX_FORMULA_LENGTH)
    found.push(finding('formula-length', `${formula.length} characters, more than ${MAX_FORMULA_LENGTH}`));
  try {
    const ast = parse(tokenize(formula.startsWith('=') ? formula.slice(1) : formula, found), multiCellNames);
    check(ast, false, 'as the value of the cell', found);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    found.push(finding('unparsed', error.message));
  }
  return found;
}

/**
 * Every non-portable form in every formula cell of a plan, whatever sheets it has, with its sheet, cell and formula.
 * @example nonPortableFormulas(buildWorkbookPlan({ scenarios: [base], selected: 'base' })) // []
 */
export function nonPortableFormulas(plan: WorkbookPlan): readonly PlanPortabilityFinding[] {
  const multiCellNames = new Set(plan.names.filter((n) => n.ref.includes(':')).map((n) => n.name));
  return plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell?.kind === 'formula'
          ? nonPortableForms(cell.formula, multiCellNames).map((f) => ({
              ...f,
              sheet: sheet.name,
              cell: a1(r + 1, c + 1),
              formula: cell.formula,
            }))
          : [],
      ),
    ),
  );
}
