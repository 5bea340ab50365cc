#!/usr/bin/env node
// A committed entry point, so that pnpm can link the command before the
// first build; the CLI itself is built into dist/.
import '../dist/cli.js';
