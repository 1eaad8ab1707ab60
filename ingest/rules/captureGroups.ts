/**
 * How many capturing groups a valid regex source opens ("(…)" and "(?<name>…)"), read from the
 * source: not "(?:…)", look-arounds, escaped brackets or brackets inside a character class.
 *
 * The usual count, `new RegExp(`${source}|`).exec('')`, runs the regex, so V8 compiles it (to
 * machine code under --no-regexp-tier-up, see bin/diplograph.js): checking every rule at load that
 * way left 1.4 MB of machine code for nothing, of the 16 MB after which V8 stops optimising the
 * regexes it compiles next — the rules' own, a few articles later.
 */
export function captureGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++; // The escaped character is a literal, whatever it is.
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      if (source[i + 1] !== '?') count++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') count++;
    }
  }
  return count;
}
