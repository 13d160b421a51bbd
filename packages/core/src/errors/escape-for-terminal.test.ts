import { describe, expect, it } from 'vitest';
import { escapeForTerminal } from './escape-for-terminal.js';

describe('escapeForTerminal', () => {
  it.each([
    ['ESC', '\u001b[2J', '\\u001b[2J'],
    ['BEL', '\u0007', '\\u0007'],
    ['CR', 'a\rb', 'a\\u000db'],
    ['newline', 'a\nb', 'a\\u000ab'],
    ['C1 CSI', '\u009b31m', '\\u009b31m'],
    ['RLO', '\u202eexe.txt', '\\u202eexe.txt'],
    ['LRI', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['ALM', '\u061c', '\\u061c'],
    ['RLM', '\u200f', '\\u200f'],
    ['a lone surrogate', '\ud800', '\\ud800'],
  ])('makes %s visible', (_, raw, shown) => {
    expect(escapeForTerminal(raw)).toBe(shown);
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(escapeForTerminal('café 😀 — ok')).toBe('café 😀 — ok');
  });
});
