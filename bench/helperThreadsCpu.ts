import { readdirSync, readFileSync } from 'node:fs';

// CPU time of this process's threads other than the main one: V8's helpers (its optimising
// compiler and the collector's parallel work) and libuv's pool. process.cpuUsage counts them
// with the main thread; a benchmark prints them apart to show how much of its CPU they take.

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by every thread of this process except the main one (whose thread id
 * is the process id), read from /proc/self/task; null where /proc is not there (not Linux).
 */
export function helperThreadsCpuSeconds(): number | null {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  let ticks = 0;
  for (const task of tasks) {
    if (task === String(process.pid)) continue;
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      // The fields after the command name, which is in parentheses and may hold spaces:
      // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A thread that ended between the listing and the read used no more CPU.
    }
  }
  return ticks / TICKS_PER_SECOND;
}
