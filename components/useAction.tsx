import { useState } from 'react';

export type Status = { kind: 'ok' | 'error'; text: string };

/**
 * A panel's actions through the background: one at a time (`busy`), each confirmed or its error shown
 * in `status`. `act` resolves to false when the action failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const act = async <T,>(label: string, run: () => Promise<T>, apply: (result: T) => void): Promise<boolean> => {
    setBusy(true);
    try {
      apply(await run());
      setStatus({ kind: 'ok', text: label });
      return true;
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, act };
}

export function StatusLine({ status, className = '' }: { status: Status | undefined; className?: string }) {
  if (!status) return null;
  return (
    <p role="status" data-scout="status" className={`${className} ${status.kind === 'ok' ? 'text-emerald-700' : 'text-rose-700'}`}>
      {status.text}
    </p>
  );
}
