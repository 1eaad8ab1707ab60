#!/usr/bin/env -S node --max-semi-space-size=64 --no-regexp-tier-up
// The `diplograph` command: runs the compiled CLI (npm install builds it through "prepare").
// A 64 MB young generation (V8's default is 16): the API and the ingest allocate many short-
// lived objects per request or batch, and fewer scavenges cost about 7% less CPU under load.
// No regex tier-up: V8 otherwise runs a regex first as bytecode and compiles it to machine code
// only on its second use; V8 compiles machine code without its optimisations once the process
// holds 16 MB of it, which the rules' large alternations fill within the first articles, so a cue
// regex first used a sentence or an article later ran up to 50 times slower (0.3 µs → 16 µs on a
// sentence). Compiled on first use, they are compiled sooner, most while there is room: about
// 15–20% more extraction throughput per core (npm run bench:extract sets the same flag).
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
