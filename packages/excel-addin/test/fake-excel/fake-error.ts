/**
 * The error Excel's JavaScript API rejects with (an `OfficeExtension.Error` look-alike): `code` is one of Excel's
 * error codes ("ItemNotFound", "InvalidArgument", "ApiNotFound", "PropertyNotLoaded", …) and `message` reads like
 * Excel's own, so code that shows `error.message` to a user behaves as it would against a real host.
 */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** Excel's refusal to change a protected workbook structure or a protected sheet. */
export const accessDenied = (what: string): FakeOfficeError =>
  new FakeOfficeError('AccessDenied', `You cannot perform the requested operation. (${what} is protected.)`);

/** The error Office.js throws on reading a property that was not loaded and synced. */
export const notLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
