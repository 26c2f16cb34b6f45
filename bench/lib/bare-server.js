/**
 * The baseline server of bench:api: bare Fastify, no framework, no auth, no database, in a
 * process of its own like the API. Plain JavaScript, so that its start-up, compared with the
 * built apps', pays no TypeScript compilation either.
 *
 * GET /health answers at once (start-up is timed to it). Every other GET serves the JSON body
 * the parent sent for that exact URL over IPC ({ url, body }), serialized per request as any
 * Fastify JSON route does.
 */
const Fastify = require('fastify');

const bodies = new Map();
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/*', async (request, reply) => {
  if (!bodies.has(request.url)) return reply.code(404).send({ status: 404 });
  return bodies.get(request.url);
});

process.on('message', (message) => {
  bodies.set(message.url, message.body);
  process.send({ stored: message.url });
});
process.on('disconnect', () => process.exit(0));

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
