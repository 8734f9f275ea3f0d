import { main } from '../cli/main.js';

// The real CLI in a child process, reporting its own time and peak memory (worker threads
// share the process, so maxRSS covers the main thread and every worker).
const started = performance.now();
const code = await main(process.argv.slice(2));
process.stdout.write(JSON.stringify({ code, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
