// TextEncoder and TextDecoder exist in every runtime core targets (Node, browsers) but are typed only by the DOM
// and Node typings, which core deliberately does not load so that it cannot reach for I/O.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
