/** The one non-ASCII test, which V8 makes inline: `[^\0-\x7f]`. */
const NON_ASCII = '[^\\0-\\x7f]';

const hex = (code: number): string => `\\x${code.toString(16).padStart(2, '0')}`;

/** The ASCII characters `[body]` matches (flag u), as class content: `\x30-\x39\x41-\x5a…`. */
function asciiMembers(body: string): string {
  const re = new RegExp(`^[${body}]$`, 'u');
  let out = '';
  for (let c = 0; c < 0x80; c++) {
    if (!re.test(String.fromCharCode(c))) continue;
    let last = c;
    while (last + 1 < 0x80 && re.test(String.fromCharCode(last + 1))) last++;
    out += last > c ? `${hex(c)}-${hex(last)}` : hex(c);
    c = last;
  }
  return out;
}

/**
 * The class `[body]` (Unicode properties such as `\p{L}\p{N}`) written for a look-behind, where
 * the engine reads right to left: its ASCII members in a class of a few ranges, else the whole
 * class after a non-ASCII character. The same characters under the u and iu flags (a unit test
 * reads every code point), but V8 tests a class of many ranges by a call out of the compiled
 * regex (a binary search, measured at a tenth of bench:extract's time), and this runs at every
 * position of every word-start scan; ASCII text now never makes that call.
 */
export function asciiFirstClass(body: string): string {
  return `(?:[${asciiMembers(body)}]|[${body}](?<=${NON_ASCII}))`;
}
