/**
 * A TCP load balancer for bench:api's scaling part, in a process of its own as a real one
 * would be: each new connection goes to the next API process in turn (TARGET_PORTS=3001,3002).
 */
const { createConnection, createServer } = require('node:net');

const targets = process.env.TARGET_PORTS.split(',').map(Number);
let next = 0;
const server = createServer((client) => {
  const upstream = createConnection({ host: '127.0.0.1', port: targets[next] });
  next = (next + 1) % targets.length;
  for (const socket of [client, upstream]) socket.on('error', () => socket.destroy());
  client.pipe(upstream).pipe(client);
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('disconnect', () => process.exit(0));
