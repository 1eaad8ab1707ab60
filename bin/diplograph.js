#!/usr/bin/env node
// The `diplograph` command: runs the compiled CLI (npm install builds it through "prepare").
import { main } from '../dist/src/cli/main.js';

await main(process.argv);
