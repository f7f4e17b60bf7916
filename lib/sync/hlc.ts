/**
 * Hybrid logical clock stamps that order as plain strings (DESIGN §8):
 * `${wallMs, 15 digits}:${counter, 5 digits}:${clientId}`.
 */
export interface HlcParts {
  wallMs: number;
  counter: number;
  clientId: string;
}

export function formatHlc({ wallMs, counter, clientId }: HlcParts): string {
  return `${String(wallMs).padStart(15, '0')}:${String(counter).padStart(5, '0')}:${clientId}`;
}

export function parseHlc(hlc: string): HlcParts | undefined {
  const m = /^(\d{15}):(\d{5}):(.+)$/.exec(hlc);
  if (!m) return undefined;
  return { wallMs: Number(m[1]), counter: Number(m[2]), clientId: m[3]! };
}

export interface HlcClock {
  /** A stamp later than every stamp this clock has issued or received. */
  now(): string;
  /** Fold in a stamp seen from another client so later local stamps sort after it. */
  receive(remote: string): void;
}

export function createHlcClock(clientId: string, wallClock: () => number, last?: string): HlcClock {
  let state: HlcParts = (last && parseHlc(last)) || { wallMs: 0, counter: 0, clientId };
  return {
    now() {
      const wall = wallClock();
      state = wall > state.wallMs ? { wallMs: wall, counter: 0, clientId } : { wallMs: state.wallMs, counter: state.counter + 1, clientId };
      return formatHlc(state);
    },
    receive(remote) {
      const r = parseHlc(remote);
      if (!r) return;
      if (r.wallMs > state.wallMs || (r.wallMs === state.wallMs && r.counter > state.counter)) {
        state = { wallMs: r.wallMs, counter: r.counter, clientId };
      }
    },
  };
}
