// The API server of bench:api, in a process of its own so that the load generator does not
// share its event loop (in one process, autocannon's work showed up as API latency).
import { serve } from '../src/cli/serveCommand.js';

const port = Number(process.argv[2] ?? 4100);
await serve({ host: '127.0.0.1', port });
