// TextEncoder exists in every runtime core targets (Node, browsers) but is typed only by the DOM and Node
// typings, which core deliberately does not load so that it cannot reach for I/O.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
