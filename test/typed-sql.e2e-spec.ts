import { sqlRow, sqlRows, sqlWrites } from '@app/database';
import { DataSource, QueryFailedError } from 'typeorm';
import { openScratchDatabase } from './helpers/database-access';

describe('sqlRows: typed SQL on TypeORM connections, prepared where asked', () => {
  let database: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    // One connection: a statement outside a transaction that kept it would block the next one.
    database = await openScratchDatabase('gcm9-test-sql', 1);
    dataSource = database.dataSource;
    await sqlRows(
      dataSource.manager,
      `CREATE TABLE sql_probe (id int PRIMARY KEY, label text NOT NULL)`,
    );
  });

  afterAll(() => database?.close());

  it('answers every command with its rows, UPDATE … RETURNING included', async () => {
    const db = dataSource.manager;
    expect(
      await sqlRows<{ id: number }>(
        db,
        `INSERT INTO sql_probe (id, label) VALUES (1, 'one'), (2, 'two') RETURNING id`,
      ),
    ).toEqual([{ id: 1 }, { id: 2 }]);
    expect(
      await sqlRows(db, `UPDATE sql_probe SET label = upper(label) WHERE id = $1 RETURNING *`, [2]),
    ).toEqual([{ id: 2, label: 'TWO' }]);
    expect(await sqlRows(db, `DELETE FROM sql_probe WHERE id = $1`, [3])).toEqual([]);
    expect(await sqlRow(db, `SELECT label FROM sql_probe WHERE id = $1`, [3])).toBeUndefined();
  });

  it('prepares a statement once per connection and reuses it', async () => {
    const text = `SELECT label FROM sql_probe WHERE id = $1`;
    const prepared = await dataSource.transaction(async (db) => {
      const first = await sqlRow<{ label: string }>(db, text, [1], 'prepared');
      const second = await sqlRow<{ label: string }>(db, text, [2], 'prepared');
      expect([first?.label, second?.label]).toEqual(['one', 'TWO']);
      return sqlRows<{ statement: string }>(
        db,
        `SELECT statement FROM pg_prepared_statements WHERE NOT from_sql`,
      );
    });
    expect(prepared).toEqual([{ statement: text }]);
    // Outside a transaction, on whichever pooled connection: the same answer.
    expect(await sqlRow(dataSource.manager, text, [1], 'prepared')).toEqual({ label: 'one' });
  });

  it('runs inside the caller’s transaction, so a rollback takes its writes', async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await sqlRows(db, `INSERT INTO sql_probe (id, label) VALUES (5, 'five')`, [], 'prepared');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(
      await sqlRow(dataSource.manager, `SELECT 1 FROM sql_probe WHERE id = 5`),
    ).toBeUndefined();
  });

  it('fails as manager.query does: a QueryFailedError carrying the driver’s code', async () => {
    const failure = sqlRows(
      dataSource.manager,
      `INSERT INTO sql_probe (id, label) VALUES ($1, $2)`,
      [1, 'again'],
      'prepared',
    );
    await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failure).rejects.toMatchObject({ driverError: { code: '23505' } });
    // The connection went back to the pool of one.
    expect(await sqlRow(dataSource.manager, `SELECT count(*)::int AS n FROM sql_probe`)).toEqual({
      n: 2,
    });
  });

  it('runs several writes as one statement, each with its own placeholders, all or nothing, answering with the first one’s rows', async () => {
    const insert = (id: number, label: string) => ({
      text: `INSERT INTO sql_probe (id, label) VALUES ($1, $2)`,
      values: [id, label],
    });
    const rename = {
      text: `UPDATE sql_probe SET label = $2 WHERE id = $1 RETURNING id, label`,
      values: [1, 'uno'],
    };
    // Answered with what the first write returns.
    expect(
      await sqlWrites(dataSource.manager, [rename, insert(10, 'ten'), insert(11, 'eleven')]),
    ).toEqual([{ id: 1, label: 'uno' }]);
    expect(
      await sqlRows(
        dataSource.manager,
        `SELECT id, label FROM sql_probe WHERE id IN (1, 10, 11) ORDER BY id`,
      ),
    ).toEqual([
      { id: 1, label: 'uno' },
      { id: 10, label: 'ten' },
      { id: 11, label: 'eleven' },
    ]);
    // One fails (id 12 twice): none is written.
    await expect(
      sqlWrites(dataSource.manager, [insert(12, 'a'), insert(13, 'b'), insert(12, 'c')]),
    ).rejects.toMatchObject({ driverError: { code: '23505' } });
    expect(
      await sqlRow(dataSource.manager, `SELECT count(*)::int AS n FROM sql_probe WHERE id >= 12`),
    ).toEqual({ n: 0 });
  });
});
