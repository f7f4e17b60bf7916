import { MAX_CLOCK_SKEW_MS } from './limits';

/**
 * Hybrid logical clock stamps that order as plain strings (DESIGN §8):
 * `${wallMs, 15 digits}:${counter, 5 digits}:${clientId}`.
 */
export interface HlcParts {
  wallMs: number;
  counter: number;
  clientId: string;
}

const MAX_COUNTER = 99_999;

export function formatHlc({ wallMs, counter, clientId }: HlcParts): string {
  return `${String(wallMs).padStart(15, '0')}:${String(counter).padStart(5, '0')}:${clientId}`;
}

export function parseHlc(hlc: string): HlcParts | undefined {
  const m = /^(\d{15}):(\d{5}):(.+)$/.exec(hlc);
  if (!m) return undefined;
  return { wallMs: Number(m[1]), counter: Number(m[2]), clientId: m[3]! };
}

/** The wall-clock part of a stamp in ms, or NaN for a malformed stamp. */
export const hlcWallMs = (hlc: string) => parseHlc(hlc)?.wallMs ?? Number.NaN;

export interface HlcClock {
  /** A stamp later than every stamp this clock has issued or received. */
  now(): string;
  /** Fold in a stamp seen from another client so later local stamps sort after it. Returns false when refused. */
  receive(remote: string): boolean;
}

/** The stamp after `s`: the counter never outgrows its 5 digits; on overflow the wall part advances. */
function next(s: HlcParts, clientId: string): HlcParts {
  return s.counter >= MAX_COUNTER ? { wallMs: s.wallMs + 1, counter: 0, clientId } : { wallMs: s.wallMs, counter: s.counter + 1, clientId };
}

/**
 * `maxAheadMs` bounds what `receive` adopts: a stamp further ahead of this clock's wall time is not
 * taken in (a teammate's clock a year ahead must not drag every later local stamp with it).
 */
export function createHlcClock(clientId: string, wallClock: () => number, last?: string, maxAheadMs = MAX_CLOCK_SKEW_MS): HlcClock {
  let state: HlcParts = { wallMs: 0, counter: 0, clientId };
  const adopt = (stamp: string | undefined): boolean => {
    const r = stamp === undefined ? undefined : parseHlc(stamp);
    if (!r || r.wallMs > wallClock() + maxAheadMs) return false;
    if (r.wallMs > state.wallMs || (r.wallMs === state.wallMs && r.counter > state.counter)) state = { wallMs: r.wallMs, counter: r.counter, clientId };
    return true;
  };
  adopt(last);
  return {
    now() {
      const wall = wallClock();
      state = wall > state.wallMs ? { wallMs: wall, counter: 0, clientId } : next(state, clientId);
      return formatHlc(state);
    },
    receive: adopt,
  };
}
