#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled into dist/bundle (by `npm ci`, through the
// prepare script); one bundle loads in a fraction of the time of ~400 separate modules.
import '../dist/bundle/bin.js';
