import { UNSUPPORTED_MESSAGE } from '../src/office/requirements.js';

/** The classic script's file name, beside taskpane.html. */
export const TOO_OLD_SCRIPT = 'too-old.js';

/**
 * A tiny classic script, ES5 only, that the task pane loads before its module bundle. Excel on Windows with an
 * EdgeHTML or Trident webview (Office 2016/2019, older Microsoft 365 builds) cannot run the pane's ES2022 bundle:
 * Trident ignores module scripts and EdgeHTML stops at a syntax error before React loads, leaving a blank pane.
 * This script recognises those webviews (or a module script failing to parse) and writes the "this Excel is too old"
 * message, the renderer's own words (UNSUPPORTED_MESSAGE), into the page instead.
 * @example tooOldScript() // '(function () { … })();'
 */
export const tooOldScript =
  (): string => `/* aifin: shows why the pane cannot start in an old Office webview. ES5 on purpose. */
(function () {
  var MESSAGE = ${JSON.stringify(UNSUPPORTED_MESSAGE)};
  var ua = (window.navigator && window.navigator.userAgent) || '';
  var oldWebview = /Trident\\/|MSIE |Edge\\/\\d/.test(ua) || !('noModule' in document.createElement('script'));
  var shown = false;
  function show() {
    if (shown) return;
    shown = true;
    // Tells main.tsx (a module, which runs after this classic script) not to render over the message.
    window.__aifinTooOld = true;
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'too-old');
    box.style.cssText = 'font-family: Segoe UI, sans-serif; padding: 12px; line-height: 1.4;';
    var title = document.createElement('strong');
    title.appendChild(document.createTextNode('This Excel is too old for aifin'));
    var text = document.createElement('p');
    text.appendChild(document.createTextNode(MESSAGE));
    box.appendChild(title);
    box.appendChild(text);
    root.appendChild(box);
  }
  // taskpane.html loads this script after #root, so the element is there already.
  if (oldWebview) {
    show();
    return;
  }
  // A webview that claims modules but cannot parse the bundle reports a SyntaxError before React starts.
  window.addEventListener('error', function (event) {
    if (!window.__aifinStarted && event && /SyntaxError/.test(String(event.message))) show();
  });
})();
`;
