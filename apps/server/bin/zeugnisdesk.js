#!/usr/bin/env node
// The `zeugnisdesk` command. Runs the compiled CLI (built by `npm install` via the root prepare script).
import { runCli, nodeCliIo } from '../dist/cli/cli.js';

process.exitCode = await runCli(process.argv.slice(2), nodeCliIo());
