import { cmp, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Dexie, type Middleware, type Table } from 'dexie';

/**
 * Counts kept beside the rows they count, so a first paint reads one small row instead of counting a
 * 100k-entry index (DESIGN §9: `dashboard.render100k_ms`). They are written only here, by a DBCore
 * middleware, inside the same transaction as every write that changes them, whoever makes the write
 * (repositories, sync pulls, imports, restores, bulk and range deletes): there is no second place to
 * forget. A missing row means "not known": readers count the index instead and the next write in a
 * transaction counts it afresh before applying its own change, so a row is never trusted when absent.
 */
export const KEPT_COUNTS = 'keptCounts';

/** The pipeline's entries per stage: `{ key: STAGE_COUNTS, counts: { prospect: 12, … } }`, zeros left out. */
export const STAGE_COUNTS = 'pipeline.stage';

export interface KeptCount {
  key: string;
  counts: Record<string, number>;
}

/** Tables whose rows are derived from others and never exported, restored or cleared on their own. */
export const DERIVED_TABLES = [KEPT_COUNTS];

type Tally = Record<string, number>;

/** What is counted: the table, the row field (a string value; rows without one are not counted). */
const COUNTED = { table: 'pipeline', field: 'stage', key: STAGE_COUNTS } as const;

function bump(t: Tally, value: unknown, by: number): void {
  if (typeof value !== 'string') return;
  const n = (t[value] ?? 0) + by;
  if (n) t[value] = n;
  else delete t[value];
}

const fieldOf = (row: unknown): unknown => (row && typeof row === 'object' ? (row as Record<string, unknown>)[COUNTED.field] : undefined);

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(name);
}

/**
 * Count afresh inside the transaction, from the field's index: its distinct values by a unique key
 * cursor, then each one's count. Used when the kept row is missing (a new database, a row removed)
 * or after a write failed half-way (some of its requests may have landed).
 */
function recount(down: DBCore, trans: DBCoreTransaction): Promise<Tally> {
  const table = down.table(COUNTED.table);
  const index = table.schema.getIndexByKeyPath(COUNTED.field)!;
  const all = { type: 3 /* DBCoreRangeType.Any */, lower: undefined, upper: undefined } as const;
  const values: string[] = [];
  return table
    .openCursor({ trans, values: false, unique: true, query: { index, range: all } })
    .then((cursor) =>
      cursor?.start(() => {
        if (typeof cursor.key === 'string') values.push(cursor.key);
        cursor.continue();
      }),
    )
    .then(() => Promise.all(values.map((v) => table.count({ trans, query: { index, range: { type: 1 /* Equal */, lower: v, upper: v } } }))))
    .then((ns) => {
      const t: Tally = {};
      values.forEach((v, i) => bump(t, v, ns[i]!));
      return t;
    });
}

function load(down: DBCore, trans: DBCoreTransaction): Promise<Tally> {
  return down
    .table(KEPT_COUNTS)
    .get({ trans, key: COUNTED.key })
    .then((row: KeptCount | undefined) => (row ? { ...row.counts } : recount(down, trans)));
}

/** Below this many keys a write reads its rows straight away (one get each: the usual single edit). */
const DIRECT_READS = 8;

/**
 * The rows a mutation replaces or removes, read in the same transaction before it is placed. A bulk write
 * first asks which of its keys exist, from the primary key range they span (a count, then the keys alone
 * when the range holds few more rows than the write), and reads only those rows: a sync pull into a new
 * install writes pages of rows it does not have, and a get per row made its 100k-row pull a fifth slower.
 */
function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest, keys: unknown[]): Promise<unknown[]> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    if (req.range.type === 3) return Promise.resolve([]);
    return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result);
  }
  const valid = keys.filter((k) => k !== undefined && k !== null);
  const read = (ks: unknown[]) => table.getMany({ trans, keys: ks }).then((rows) => new Map(ks.map((k, i) => [k, rows[i]])));
  const byValue = valid.every((k) => typeof k === 'string' || typeof k === 'number');
  if (!byValue || valid.length <= DIRECT_READS) {
    // Positional: keys that are arrays or dates are not equal as Map keys.
    return table.getMany({ trans, keys: valid }).then((found) => {
      let j = 0;
      return keys.map((k) => (k !== undefined && k !== null ? found[j++] : undefined));
    });
  }
  let lower = valid[0];
  let upper = valid[0];
  for (const k of valid) {
    if (cmp(k, lower) < 0) lower = k;
    if (cmp(k, upper) > 0) upper = k;
  }
  const query = { index: table.schema.primaryKey, range: { type: 2 /* Range */, lower, upper, lowerOpen: false, upperOpen: false } as const };
  return table
    .count({ trans, query })
    .then((n) =>
      n === 0
        ? new Map<unknown, unknown>()
        : n > 4 * valid.length
          ? read(valid)
          : table.query({ trans, values: false, query }).then((r) => {
              const held = new Set(r.result);
              return read(valid.filter((k) => held.has(k)));
            }),
    )
    .then((found) => keys.map((k) => found.get(k)));
}

/** Apply one mutation's effect on the tally, operation by operation (a key may appear twice in a bulk). */
function applyTo(t: Tally, req: DBCoreMutateRequest, keys: unknown[], before: unknown[], res: DBCoreMutateResponse): Tally {
  if (req.type === 'deleteRange') {
    if (req.range.type === 3) return {};
    for (const row of before) bump(t, fieldOf(row), -1);
    return t;
  }
  const current = new Map<unknown, unknown>();
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    const old = current.has(key) ? current.get(key) : before[i];
    const next = req.type === 'delete' ? undefined : req.values[i];
    bump(t, fieldOf(old), -1);
    bump(t, fieldOf(next), +1);
    current.set(key, next);
  });
  return t;
}

/** Transactions of fillKeptCounts: besides upgrades, the only ones that write the counts table directly. */
const filling = new WeakSet<DBCoreTransaction>();

/** The pipeline's stages counted from the stage index (distinct stages, then each one's count). */
function countStages(pipeline: Table): Promise<Record<string, number>> {
  return pipeline
    .orderBy(COUNTED.field)
    .uniqueKeys()
    .then((stages) => {
      const strings = stages.filter((s): s is string => typeof s === 'string');
      return Promise.all(strings.map((s) => pipeline.where(COUNTED.field).equals(s).count())).then((ns) => Object.fromEntries(strings.map((s, i) => [s, ns[i]!])));
    });
}

/**
 * Version 6's upgrade, and the repair of a database that has the table but not its row: one opened at
 * v7 before v6 existed (Dexie patches the table in but runs no upgrader below the installed version),
 * or a fresh one. The background calls it when it starts; cheap when the row is there (one read).
 */
export function fillKeptCounts(db: Dexie): Promise<void> {
  if (!db.tables.some((t) => t.name === KEPT_COUNTS)) return Promise.resolve();
  const counts = db.table<KeptCount, string>(KEPT_COUNTS);
  const pipeline = db.table(COUNTED.table);
  return counts.get(COUNTED.key).then((row) => {
    if (row) return;
    return db.transaction('rw', [pipeline, counts], (tx) =>
      counts.get(COUNTED.key).then((again) => {
        if (again) return;
        return countStages(pipeline).then((c) => {
          filling.add(tx.idbtrans as unknown as DBCoreTransaction);
          return counts.put({ key: COUNTED.key, counts: c }).then(() => undefined);
        });
      }),
    );
  });
}

/** Version 6's upgrader: the counts of the rows already there (kept in step by the middleware after). */
export function upgradeKeptCounts(tx: { table(name: string): Table }): Promise<void> {
  return countStages(tx.table(COUNTED.table)).then((c) => tx.table(KEPT_COUNTS).put({ key: COUNTED.key, counts: c }) as Promise<unknown> as Promise<void>);
}

/**
 * The middleware. Every read-write transaction that covers the counted table also covers the counts
 * table (added here, so no caller lists it). Within one transaction, writes to the counted table run one
 * after another (each waits for the previous one's count to be written): two writes of the same row in
 * flight at once would otherwise both read the same "before". It sits above Dexie's own middlewares, so
 * its writes to the counts table reach liveQuery subscribers like any other write.
 */
export const keptCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'KeptCounts',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === KEPT_COUNTS)) return {};
    // Per transaction: the tally after its last write, or null after a failed one (the next recounts).
    const chains = new WeakMap<DBCoreTransaction, Promise<Tally | null>>();
    return {
      transaction(stores, mode, options) {
        const add = mode === 'readwrite' && stores.includes(COUNTED.table) && !stores.includes(KEPT_COUNTS);
        return down.transaction(add ? [...stores, KEPT_COUNTS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === KEPT_COUNTS) {
          return {
            ...table,
            mutate(req) {
              // Only upgrades and fillKeptCounts (which count the rows) write here besides this middleware:
              // a row from anywhere else (a backup file, a hand edit) could disagree with the rows.
              if ((req.trans as unknown as IDBTransaction).mode !== 'versionchange' && !filling.has(req.trans)) {
                return Promise.reject(new Error(`${KEPT_COUNTS} is kept by its middleware (storage/kept-counts.ts); write the rows it counts instead`));
              }
              chains.delete(req.trans);
              return table.mutate(req);
            },
          };
        }
        if (name !== COUNTED.table) return table;
        const counts = down.table(KEPT_COUNTS);
        const keyOf = (v: unknown) => table.schema.primaryKey.extractKey!(v);
        return {
          ...table,
          mutate(req) {
            const { trans } = req;
            // An empty bulk write (a sync page with no deletes) changes no count.
            const empty = req.type === 'deleteRange' ? req.range.type === 4 : (req.type === 'delete' ? req.keys : req.values).length === 0;
            if (empty || !hasStore(trans, KEPT_COUNTS)) return table.mutate(req);
            const previous = (chains.get(trans) ?? load(down, trans)).then((t) => t ?? recount(down, trans));
            const done = previous.then((tally) => {
              const keys: unknown[] = req.type === 'deleteRange' ? [] : req.type === 'delete' ? req.keys : req.values.map((v, i) => req.keys?.[i] ?? keyOf(v));
              // The write waits for its read (which may take several requests), so the read sees exactly the
              // rows it replaces; no other write to the table runs in this transaction meanwhile (the chain).
              return rowsBefore(table, req, keys).then((rows) => table.mutate(req).then((res) => {
                const next = applyTo(tally, req, keys, rows, res);
                return counts.mutate({ trans, type: 'put', values: [{ key: COUNTED.key, counts: next } satisfies KeptCount] }).then(() => ({ next, res }));
              }));
            });
            chains.set(
              trans,
              done.then(
                (d) => d.next,
                () => null,
              ),
            );
            return done.then((d) => d.res);
          },
        };
      },
    };
  },
};
