/**
 * A separate process for the multi-process SQLite test: appends `count` rows to a counter table,
 * each in a transaction that reads the current count and then writes the next number (the shape
 * of the app's event append). Prints the number of failed transactions.
 */
import { sql } from "kysely";
import { openDatabase } from "../connection.ts";

const [url, writer, count] = process.argv.slice(2);
const { db, close } = openDatabase(url);
let failed = 0;
for (let i = 0; i < Number(count); i++) {
  try {
    await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from counter`.execute(trx);
      // let the other process run between the read and the write
      await new Promise((r) => setImmediate(r));
      await sql`insert into counter (seq, writer) values (${Number(rows[0]!.n) + 1}, ${writer})`.execute(trx);
    });
  } catch (err) {
    failed++;
    if (failed === 1) console.error(String(err));
  }
}
await close();
console.log(JSON.stringify({ failed }));
