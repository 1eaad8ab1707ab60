import { TextDecoder } from 'node:util';

/** The outcome of decoding a file: its text, or why it is not text. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Bytes looked at for NUL: binary formats (PDF, images, archives) show them early. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Decodes file bytes as text: UTF-16 when a byte-order mark says so; NUL bytes in the first
 * 8 KB → "binary data"; else strict decoding (UTF-8 unless `encoding` names another WHATWG
 * label), so that invalid UTF-8 is a rejection, not U+FFFD noise in the evidence quotes.
 * Byte-order marks are dropped.
 */
export function decodeBytes(bytes: Uint8Array, encoding = 'utf-8'): Decoded {
  // UTF-16 (Windows exports) is full of NUL bytes; its byte-order mark tells it from binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode(bytes, 'utf-16be');
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: 'binary data (NUL bytes), not text' };
  return strictDecode(bytes, encoding);
}

function strictDecode(bytes: Uint8Array, encoding: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: true });
    encoding = 'utf-8';
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid ${encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase()} text` };
  }
}

/**
 * The character encoding an HTML or XML file declares in its first KB (`<meta charset>`,
 * `http-equiv` content type, `<?xml encoding?>`), lower case, or null (then UTF-8 is assumed).
 */
export function sniffDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}
