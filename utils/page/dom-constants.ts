/**
 * The DOM's numeric constants, written out: code that walks a document it was given (the CLI's
 * happy-dom window in Node, a frame's document) must not rely on the globals `Node` and
 * `NodeFilter` of whatever realm it runs in.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_FRAGMENT_NODE = 11;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
