import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { tooOldScript } from '../../build-tools/too-old-script.js';
import { UNSUPPORTED_MESSAGE } from '../../src/office/requirements.js';

describe('too-old.js, the classic script for old webviews', () => {
  it('parses as ES5, so Trident (IE 11) and EdgeHTML run it', () => {
    const linter = new Linter();
    const config = { languageOptions: { ecmaVersion: 5 as const, sourceType: 'script' as const } };
    expect(linter.verify(tooOldScript(), config)).toEqual([]);
    // The check can fail: the same parser refuses ES2015 syntax.
    expect(linter.verify('const a = () => 1;', config)[0]?.fatal).toBe(true);
  });

  it("carries the renderer's own unsupported message and recognises EdgeHTML and Trident user agents", () => {
    const script = tooOldScript();
    expect(script).toContain(JSON.stringify(UNSUPPORTED_MESSAGE));
    const pattern = /var oldWebview = \/(.+)\/\.test\(ua\)/.exec(script)?.[1];
    expect(pattern).toBeDefined();
    const old = new RegExp(pattern ?? '$^');
    expect(old.test('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko')).toBe(true);
    expect(
      old.test('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.19041'),
    ).toBe(true);
    expect(
      old.test('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/126.0 Safari/537.36 Edg/126.0'),
    ).toBe(false);
  });
});
