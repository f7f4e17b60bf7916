/**
 * Calls `read` again whenever the page's DOM changes (at most every 150 ms, so a page rendering in many
 * small steps costs a few reads, not one per mutation) until it returns a value, then `done(value)`;
 * `done(undefined)` after `timeoutMs`. Returns a function that stops watching.
 */
export function watchUntil<T>(read: () => T | undefined, done: (value: T | undefined) => void, timeoutMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(giveUp);
    clearTimeout(timer);
  };
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      const value = read();
      if (value === undefined) return;
      stop();
      done(value);
    }, 150);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const giveUp = setTimeout(() => {
    stop();
    done(undefined);
  }, timeoutMs);
  return stop;
}
