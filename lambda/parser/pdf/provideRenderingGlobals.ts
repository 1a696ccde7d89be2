/** Stand-ins PDF.js's rendering code names when loaded; text extraction never calls them. */
class DOMMatrixStandIn {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}
class ImageDataStandIn {}
class Path2DStandIn {}

/**
 * Defines `DOMMatrix`, `ImageData` and `Path2D` where the runtime has none (Node.js), before PDF.js is
 * loaded. PDF.js builds a `DOMMatrix` when its module loads and otherwise takes these from the native
 * `@napi-rs/canvas` package, which the function does not ship (it renders nothing, and a native module
 * built here for x64 would not load on Lambda's arm64). A global the runtime already has is left as it is.
 *
 * @example
 * ```ts
 * provideRenderingGlobals();
 * const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
 * ```
 */
export function provideRenderingGlobals(): void {
  const scope = globalThis as Record<string, unknown>;
  scope.DOMMatrix ??= DOMMatrixStandIn;
  scope.ImageData ??= ImageDataStandIn;
  scope.Path2D ??= Path2DStandIn;
}
