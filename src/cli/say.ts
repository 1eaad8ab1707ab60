/** Writes one line for the user on stderr (stdout is kept for command output). */
export function say(line: string): void {
  process.stderr.write(line + '\n');
}
