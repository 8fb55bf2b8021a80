import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './database.test-utils.js';
import { isForeignKeyViolation, isUniqueViolation } from './constraint-errors.js';

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

describeEachDatabase('constraint violations', ({ openDatabase }) => {
  it('recognises a unique violation, and nothing else as one', async () => {
    const { db } = await openDatabase({ migrated: false });
    await sql`create table t (id text primary key, name text unique)`.execute(db);
    await sql`insert into t values ('1', 'a')`.execute(db);
    const error = await errorOf(() => sql`insert into t values ('2', 'a')`.execute(db));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isForeignKeyViolation(error)).toBe(false);
  });

  it('recognises a foreign key that restricts a delete, and one that refuses an insert', async () => {
    const { db } = await openDatabase({ migrated: false });
    await sql`create table p (id text primary key)`.execute(db);
    await sql`create table c (id text primary key, p text references p (id) on delete restrict)`.execute(db);
    await sql`insert into p values ('1')`.execute(db);
    await sql`insert into c values ('1', '1')`.execute(db);
    const restricted = await errorOf(() => sql`delete from p`.execute(db));
    expect(isForeignKeyViolation(restricted)).toBe(true);
    expect(isUniqueViolation(restricted)).toBe(false);
    expect(isForeignKeyViolation(await errorOf(() => sql`insert into c values ('2', 'x')`.execute(db)))).toBe(
      true,
    );
  });
});
