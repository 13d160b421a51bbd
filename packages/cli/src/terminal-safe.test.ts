import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.js';

describe('terminalSafe', () => {
  it('keeps CRLF and LF line breaks, so CSV records and tables keep their structure', () => {
    expect(terminalSafe('a,b\r\n1,2\r\n')).toBe('a,b\r\n1,2\r\n');
    expect(terminalSafe('one\ntwo\n')).toBe('one\ntwo\n');
  });

  it('escapes a lone carriage return, escape sequences and BiDi overrides between the line breaks', () => {
    expect(terminalSafe('safe\roverwritten\n')).toBe('safe\\u000doverwritten\n');
    expect(terminalSafe('x\u001b]0;title\u0007\r\n')).toBe('x\\u001b]0;title\\u0007\r\n');
    expect(terminalSafe('\u202eexe\n\r')).toBe('\\u202eexe\n\\u000d');
  });
});
