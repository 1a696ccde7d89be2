/** Bounds of the HTML layer that keep its work linear in its input. */

/**
 * Elements open at once, at most. htmlparser2 keeps its open elements in an array it shifts at the front,
 * so each element costs time in proportion to the depth: bounding the depth bounds that. Machine-made
 * exports nest a few dozen deep (an element left unclosed is closed with its enclosing block).
 */
export const MAX_HTML_DEPTH = 2_000;
