import { parseHTML } from 'linkedom';

/** Elements that end a line of text: paragraphs, headings, list items, table rows… */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD',
  'TH', 'TR', 'UL',
]);

/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'BUTTON', 'SELECT', 'FORM']);

/** The minimal DOM surface walked here (linkedom's nodes satisfy it). */
interface TextNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextNodeLike>;
}

/**
 * Plain text of an HTML fragment or element: one line per paragraph (block element),
 * whitespace inside a paragraph collapsed, empty lines dropped, entities decoded. A string
 * without markup is only whitespace-normalised, so "a < b" in a feed's plain text survives.
 */
export function htmlToText(html: string): string {
  if (!/<[a-zA-Z!/]/.test(html) && !html.includes('&')) return normalizeLines(html.split(/\n/));
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return elementToText(document.body as unknown as TextNodeLike);
}

/** Plain text of a DOM element, under the same rules as htmlToText. */
export function elementToText(element: TextNodeLike): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    lines.push(current);
    current = '';
  };
  const walk = (node: TextNodeLike) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) flush();
  };
  walk(element);
  flush();
  return normalizeLines(lines);
}

function normalizeLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
