import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/**
 * What a list or report shows when it has nothing yet: what is missing, the next step to fill it, and
 * (when there is one here) the button that takes it. Never a bare "Nothing yet.".
 */
export function EmptyState({ icon, title, hint, action, compact = false }: { icon: IconName; title: string; hint: string; action?: ReactNode; compact?: boolean }) {
  return (
    <div data-scout="empty" role="status" className={`flex items-start gap-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 text-slate-700 ${compact ? 'p-2 text-xs' : 'p-4 text-sm'}`}>
      <Icon name={icon} size={compact ? 16 : 20} className="mt-0.5 text-slate-500" />
      <div className="space-y-1">
        <p className="font-medium text-slate-900">{title}</p>
        <p>{hint}</p>
        {action && <div className="pt-1">{action}</div>}
      </div>
    </div>
  );
}
