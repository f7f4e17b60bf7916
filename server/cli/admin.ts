import { resolve } from 'node:path';
import { sqliteFileFromEnv, storeFromEnv } from '../store';
import { addMember, createTeamWithOwner } from '../auth';
import { backupSqlite } from '../sqlite-backup';

// `npm run server:admin -- <command>`: prints one JSON line per result (DESIGN §11).
const [command, ...args] = process.argv.slice(2);
const out = (v: unknown) => console.log(JSON.stringify(v));
const fail = (message: string) => {
  console.error(JSON.stringify({ error: message }));
  process.exit(1);
};
const usage = 'usage: create-team NAME | add-member TEAM_ID NAME | revoke MEMBER_ID | list | backup FILE';

// A backup reads the file the running server writes; it never opens (or migrates) the store itself.
if (command === 'backup') {
  if (!args[0]) fail(usage);
  if (process.env.DATABASE_URL) fail('backup copies the SQLite file; for PostgreSQL use pg_dump (see README, "Backups")');
  try {
    out(await backupSqlite(sqliteFileFromEnv(), resolve(args[0]!)));
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  process.exit(0);
}

const store = storeFromEnv();
await store.migrate();

try {
  switch (command) {
    case 'create-team': {
      if (!args[0]) throw new Error(usage);
      const { teamId, token } = await createTeamWithOwner(store, args.join(' '));
      out({ teamId, token });
      break;
    }
    case 'add-member': {
      if (!args[0] || !args[1]) throw new Error(usage);
      out(await addMember(store, args[0], args.slice(1).join(' ')));
      break;
    }
    case 'revoke': {
      // A token's id is its member id (the part after "cs_"); either form is accepted.
      const id = /^cs_([a-f0-9]{16})_/.exec(args[0] ?? '')?.[1] ?? args[0];
      if (!id) throw new Error(usage);
      out({ memberId: id, revoked: await store.revokeMember(id) });
      break;
    }
    case 'list':
      for (const t of await store.listTeams()) out(t);
      break;
    default:
      throw new Error(usage);
  }
} catch (err) {
  console.error(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
  process.exitCode = 1;
} finally {
  await store.close();
}
