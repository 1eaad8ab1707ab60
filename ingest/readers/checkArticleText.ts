import { formatMegabytes, MAX_ARTICLE_BYTES } from './inputLimits.js';

/**
 * Share of control characters (other than tab, newline, carriage return, form feed) above
 * which a text is taken for binary data decoded as text; real prose has none.
 */
const MAX_CONTROL_RATIO = 0.01;

/** Characters sampled for the control-character test: enough to tell, cheap on 5 MB. */
const CONTROL_SAMPLE_CHARS = 65_536;

/**
 * Why an article text cannot be extracted, or null when it can: empty, larger than
 * MAX_ARTICLE_BYTES, or binary (NUL bytes or many control characters).
 */
export function checkArticleText(text: string): string | null {
  if (!/\S/.test(text)) return 'empty text';
  // Cheap bound first: a UTF-8 character is 1 to 3 bytes per UTF-16 unit.
  if (text.length * 3 > MAX_ARTICLE_BYTES) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_ARTICLE_BYTES) return `article larger than ${formatMegabytes(MAX_ARTICLE_BYTES)} (${formatMegabytes(bytes)})`;
  }
  if (text.includes('\u0000')) return 'binary data (NUL characters in the text)';
  const sample = text.length > CONTROL_SAMPLE_CHARS ? text.slice(0, CONTROL_SAMPLE_CHARS) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) controls++;
  }
  if (controls > sample.length * MAX_CONTROL_RATIO) return 'binary data (control characters in the text)';
  return null;
}
