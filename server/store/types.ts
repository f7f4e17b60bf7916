import type { Change, PullResponse, PushResponse, WireMutation } from '../../lib/sync/wire';

/** A pulled change with its fields still as the JSON text the store holds (parsed only if needed). */
export type RawChange = Omit<Change, 'fields'> & { fieldsJson: string };
export interface RawPullPage {
  changes: RawChange[];
  cursor: number;
  hasMore: boolean;
}

export interface PushOptions {
  quotaBytes?: number;
  /** Stored stamps later than this (from before future clocks were refused) count as the oldest. */
  notAfterMs?: number;
}

export interface Member {
  id: string;
  teamId: string;
  name: string;
  tokenHash: string;
  revokedAt: string | null;
}

/** Storage behind the sync server. SQLite and PostgreSQL implement it; the same suite tests both. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<void>;
  createTeam(id: string, name: string): Promise<void>;
  addMember(member: Omit<Member, 'revokedAt'>): Promise<void>;
  revokeMember(id: string): Promise<boolean>;
  findMember(id: string): Promise<Member | undefined>;
  listTeams(): Promise<{ id: string; name: string; members: { id: string; name: string; revoked: boolean }[] }[]>;
  teamExists(id: string): Promise<boolean>;
  /**
   * Apply a batch in one transaction: each new mutation id once, in order, per-field last writer wins.
   * Throws QuotaExceededError (nothing applied) when the team's rows would outgrow `quotaBytes`.
   */
  push(teamId: string, mutations: WireMutation[], opts?: PushOptions): Promise<PushResponse>;
  /** At most `limit` changes and about `maxBytes` of row data; never reads more rows than that into memory. */
  pull(teamId: string, cursor: number, limit: number, maxBytes?: number): Promise<PullResponse>;
  /**
   * The same page with each row's fields as stored JSON text: the server writes it onto the wire as
   * it is (pullPageJson) instead of parsing every row and serialising it again.
   */
  pullPage(teamId: string, cursor: number, limit: number, maxBytes?: number): Promise<RawPullPage>;
  /** The same page as the pull response body (DESIGN §8), as `pullPageJson` writes it. */
  pullJson(teamId: string, cursor: number, limit: number, maxBytes?: number): Promise<string>;
  close(): Promise<void>;
}
