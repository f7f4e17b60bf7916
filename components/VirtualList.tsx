import { useEffect, useState, type ReactNode } from 'react';

/**
 * Fixed-height rows, rendering only what is in view (plus a few): 10,000 rows cost what 20 do.
 */
export function VirtualList<T>({ items, rowHeight, height, render, overscan = 6, onRange }: { items: T[]; rowHeight: number; height: number; render: (item: T, index: number) => ReactNode; overscan?: number; onRange?: (first: number, last: number) => void }) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  // Which rows are rendered, for data read per row only while it is on screen.
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  return (
    <div style={{ height, overflowY: 'auto' }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-scout="virtual-list">
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div key={first + i} style={{ position: 'absolute', top: (first + i) * rowHeight, left: 0, right: 0, height: rowHeight }}>
            {render(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
