import { compactTransaction, sqlRow, sqlRows, sqlWrites } from '@app/database';
import { Client } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { openScratchDatabase } from './helpers/database-access';

/**
 * A compact transaction sends BEGIN with its first statement and COMMIT with its last: the
 * saves of reviewed records take two round trips. It must still be a transaction in every way.
 */
describe('compactTransaction: BEGIN and COMMIT ride with the statements', () => {
  let database: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: DataSource;
  const count = async () =>
    (await sqlRow<{ n: number }>(dataSource.manager, `SELECT n FROM counter WHERE id = 1`))!.n;
  const entries = async () =>
    (
      await sqlRows<{ label: string }>(dataSource.manager, `SELECT label FROM entry ORDER BY 1`)
    ).map((row) => row.label);

  beforeAll(async () => {
    database = await openScratchDatabase('gcm9-test-compact', 3);
    dataSource = database.dataSource;
    await sqlRows(dataSource.manager, `CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`);
    await sqlRows(dataSource.manager, `CREATE TABLE entry (label text PRIMARY KEY)`);
  });

  beforeEach(async () => {
    await sqlRows(dataSource.manager, `TRUNCATE counter, entry`);
    await sqlRows(dataSource.manager, `INSERT INTO counter VALUES (1, 0)`);
  });

  afterAll(() => database?.close());

  /** A read under lock, then the write that commits: a save's shape. */
  const increment = (label: string) =>
    compactTransaction(dataSource, async (db) => {
      const { n } = (await sqlRow<{ n: number }>(
        db,
        `SELECT n FROM counter WHERE id = 1 FOR UPDATE`,
        [],
        'prepared',
      ))!;
      await sqlWrites(
        db,
        [
          { text: `UPDATE counter SET n = $1 WHERE id = 1`, values: [n + 1] },
          { text: `INSERT INTO entry (label) VALUES ($1)`, values: [label] },
        ],
        { last: true },
      );
      return n + 1;
    });

  it('sends two statements for a read and a write: no BEGIN or COMMIT of their own', async () => {
    const sent: string[] = [];
    // Count what reaches pg's client: wrap once, restore after.
    const realQuery = Client.prototype.query;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [config] = args as [string | { text: string }];
      sent.push(typeof config === 'string' ? config : config.text);
      return (realQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof realQuery;
    try {
      expect(await increment('first')).toBe(1);
    } finally {
      Client.prototype.query = realQuery;
    }
    expect(sent).toEqual([
      'SELECT n FROM counter WHERE id = 1 FOR UPDATE',
      expect.stringContaining('UPDATE counter SET n = $1'),
    ]);
    expect(await count()).toBe(1);
    expect(await entries()).toEqual(['first']);
  });

  it('is in a transaction from its first statement, and out of it after the last', async () => {
    const status = (db: EntityManager) =>
      (db.queryRunner!.connect() as Promise<Client>).then((client) =>
        client.getTransactionStatus(),
      );
    const seen: Array<string | null> = [];
    await compactTransaction(dataSource, async (db) => {
      await sqlRow(db, `SELECT n FROM counter WHERE id = 1 FOR UPDATE`, [], 'prepared');
      seen.push(await status(db));
      await sqlWrites(db, [{ text: `UPDATE counter SET n = n + 1 WHERE id = 1`, values: [] }], {
        last: true,
      });
      seen.push(await status(db));
    });
    // T: inside a transaction block (BEGIN ran); I: idle (COMMIT ran).
    expect(seen).toEqual(['T', 'I']);
    expect(await count()).toBe(1);
  });

  it('leaves a statement that failed to parse unprepared, so the next use parses it again', async () => {
    await sqlRows(dataSource.manager, `CREATE TABLE IF NOT EXISTS late (id int)`);
    const text = `SELECT count(*)::int AS rows FROM late`;
    await sqlRows(dataSource.manager, `DROP TABLE late`);
    // Fails at Parse (no such table), on every pooled connection in turn.
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(
        compactTransaction(dataSource, (db) => sqlRows(db, text, [], 'prepared')),
      ).rejects.toThrow('does not exist');
    await sqlRows(dataSource.manager, `CREATE TABLE late (id int)`);
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect(
        await compactTransaction(dataSource, (db) => sqlRow(db, text, [], 'prepared')),
      ).toEqual({ rows: 0 });
  });

  it('holds the lock between its statements: concurrent increments all count', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map(increment));
    expect([...results].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await count()).toBe(6);
  });

  it('rolls back the earlier writes when the statement carrying COMMIT fails', async () => {
    await increment('taken');
    const failing = compactTransaction(dataSource, async (db) => {
      await sqlRows(db, `UPDATE counter SET n = 100 WHERE id = 1`);
      // The label is taken: a unique violation in the last statement.
      await sqlWrites(db, [{ text: `INSERT INTO entry (label) VALUES ($1)`, values: ['taken'] }], {
        last: true,
      });
    });
    await expect(failing).rejects.toBeInstanceOf(QueryFailedError);
    expect(await count()).toBe(1);
    // Every pooled connection is out of the transaction: the next ones work.
    expect(await Promise.all([increment('x'), increment('y'), increment('z')])).toHaveLength(3);
    expect(await count()).toBe(4);
  });

  it('rolls back when the work throws between its statements', async () => {
    const refused = compactTransaction(dataSource, async (db) => {
      await sqlRows(db, `UPDATE counter SET n = 100 WHERE id = 1`);
      throw new Error('the record changed meanwhile');
    });
    await expect(refused).rejects.toThrow('the record changed meanwhile');
    expect(await count()).toBe(0);
  });

  it('commits at the end when no statement was marked last', async () => {
    await compactTransaction(dataSource, async (db) => {
      await sqlRows(db, `UPDATE counter SET n = 7 WHERE id = 1`);
      await sqlRows(db, `INSERT INTO entry (label) VALUES ('kept')`);
    });
    expect(await count()).toBe(7);
    expect(await entries()).toEqual(['kept']);
  });

  it('refuses a statement after the commit and a TypeORM query inside (they would run outside it)', async () => {
    await expect(
      compactTransaction(dataSource, async (db) => {
        await sqlWrites(db, [{ text: `UPDATE counter SET n = 1 WHERE id = 1`, values: [] }], {
          last: true,
        });
        await sqlRows(db, `UPDATE counter SET n = 2 WHERE id = 1`);
      }),
    ).rejects.toThrow('after the last one of a compact transaction');
    expect(await count()).toBe(1);
    await expect(
      compactTransaction(dataSource, async (db) => {
        await sqlRows(db, `UPDATE counter SET n = 3 WHERE id = 1`);
        await db.query(`UPDATE counter SET n = 4 WHERE id = 1`);
      }),
    ).rejects.toThrow('runs its statements through sqlRows');
    expect(await count()).toBe(1);
  });

  it('tells TypeORM subscribers of the commit, and of a rollback', async () => {
    const heard: string[] = [];
    dataSource.subscribers.push({
      afterTransactionCommit: () => void heard.push('commit'),
      afterTransactionRollback: () => void heard.push('rollback'),
    });
    try {
      await increment('heard');
      await compactTransaction(dataSource, async (db) => {
        await sqlRows(db, `SELECT 1`);
        throw new Error('refused');
      }).catch(() => undefined);
    } finally {
      dataSource.subscribers.pop();
    }
    expect(heard).toEqual(['commit', 'rollback']);
  });
});
