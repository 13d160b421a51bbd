// Microsoft's Office add-in rules (eslint-plugin-office-addins: load before read, sync after load, no sync in a
// loop, isNullObject checks, …) on the code that calls Office.js and the custom functions. Only those rules:
// formatting and general lint stay with Biome. CI runs this with --max-warnings 0.
import typescriptParser from '@typescript-eslint/parser';
import officeAddins from 'eslint-plugin-office-addins';

const recommended = officeAddins.configs.recommended.find((config) => config.plugins?.['office-addins']);
const officeRules = Object.fromEntries(
  Object.entries(recommended.rules).filter(([rule]) => rule.startsWith('office-addins/')),
);

export default [
  {
    files: ['src/office/**/*.ts', 'src/functions/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'office-addins': officeAddins },
    // The plugin's own config names @typescript-eslint/parser through a CommonJS default that is undefined here.
    languageOptions: { parser: typescriptParser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: officeRules,
  },
];
