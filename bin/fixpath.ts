#!/usr/bin/env node
// The `fixpath` command. Run through npm (`npx fixpath`, npm scripts) so that the project's own
// Node 22 runs it: it relies on Node's built-in TypeScript type stripping.
import { useColour } from '../src/cli/color.ts';
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  colour: useColour(process.stdout, process.env),
});
