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

/**
 * The class `[body]` written for reading left to right, as asciiFirstClass is for look-behinds:
 * an ASCII character is tested against the class's ASCII members inline, and only a non-ASCII
 * one against the whole class, which V8 tests by a call out of the compiled regex. For classes
 * read at every character of a scan or of a word ("\p{Lu}" opening each word of a name run,
 * "[\p{L}’'.\p{Pd}]+"): measured, the call was a twentieth of bench:extract's instructions.
 * One code point, the same as `[body]` under the u and iu flags (a unit test reads every one).
 */
export function asciiFirstForward(body: string): string {
  return `(?:[${asciiMembers(body)}]|(?=${NON_ASCII})[${body}])`;
}

/** A look-around of one class, `(?<![…])`, `(?<=[…])`, `(?![…])` or `(?=[…])`, opening at the start of the string; the class not negated and without nested brackets. */
const ONE_CLASS_LOOKAROUND = /^\(\?(<?)([!=])\[((?:[^\]\\[^]|\\.)(?:[^\]\\[]|\\.)*)\]\)/u;

/**
 * `source` with each look-around of one class written as asciiFirstClass (look-behinds) or
 * asciiFirstForward (look-aheads) writes it: the same matches, with no call out of the compiled
 * regex for an ASCII character. Look-arounds inside a class or escaped are text, and are left.
 */
export function asciiFirstLookarounds(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    const lookaround = !inClass && c === '(' ? ONE_CLASS_LOOKAROUND.exec(source.slice(i)) : null;
    if (lookaround) {
      const [all, behind, sign, body] = lookaround as unknown as [string, string, string, string];
      out += `(?${behind}${sign}${behind ? asciiFirstClass(body) : asciiFirstForward(body)})`;
      i += all.length - 1;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    out += c;
  }
  return out;
}
