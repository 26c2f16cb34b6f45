/**
 * A local SMTP server for benchmarks, run as its own process so that receiving mail does not
 * compete with the sender for the event loop. It accepts every message, keeps none, and reports
 * how many it received (and their bytes) to its parent over IPC.
 */
import { SMTPServer } from 'smtp-server';

let messages = 0;
let bytes = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  maxClients: 100,
  onData(stream, _session, callback) {
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    stream.on('end', () => {
      messages += 1;
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (message: string) => {
  if (message === 'count') process.send?.({ messages, bytes });
  if (message === 'stop') server.close(() => process.exit(0));
});
