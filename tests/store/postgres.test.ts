import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { storeContract } from './contract.js';
import { startPostgres, type TestPostgres } from './postgres.js';

let server: TestPostgres | undefined;
let n = 0;

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  await server?.stop();
});

storeContract('PostgreSQL', () => ({
  freshDatabase: async () => {
    if (!server) throw new Error('PostgreSQL did not start');
    return server.createDatabase(`store_${++n}`);
  },
  exec: async (url, statement) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  },
}));
