/**
 * The database baseline of bench:api's reads: bare Fastify with a raw `pg` pool, no framework,
 * no auth. GET /health answers at once. Every other GET runs the statement the parent sent for
 * that exact URL over IPC ({ url, query: { name, text, values }, page, pageSize }) — the SQL the
 * API runs for it, as a named prepared statement like the API's — and serializes the page.
 */
const Fastify = require('fastify');
const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE),
});
const routes = new Map();
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/*', async (request, reply) => {
  const route = routes.get(request.url);
  if (!route) return reply.code(404).send({ status: 404 });
  const { rows } = await pool.query(route.query);
  const items = rows.map(({ total: _total, ...row }) => row);
  return { items, total: rows[0]?.total ?? 0, page: route.page, pageSize: route.pageSize };
});

process.on('message', (message) => {
  routes.set(message.url, message);
  process.send({ stored: message.url });
});
process.on('disconnect', () => void pool.end().finally(() => process.exit(0)));

app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
