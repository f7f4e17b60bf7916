import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { STAGE_LABEL } from '../../lib/model/pipeline';
import { CHANNELS, CHANNEL_LABEL } from '../../lib/model/outreach';
import type { Report } from '../../lib/reports';
import { shortDate } from '../../lib/format';
import { t } from '../../lib/i18n/t';
import type { WeekRow } from './week-rows';

const COLOURS = ['#0369a1', '#059669', '#d97706', '#7c3aed', '#db2777', '#475569', '#0891b2'];

/** The frame every dashboard chart shares: a bar chart of `data` by `xKey`, with grid, axes and tooltip. */
function BarFrame({ data, xKey, children }: { data: object[]; xKey: string; children: ReactNode }) {
  return (
    <div style={{ height: 220 }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={xKey} fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip />
          {children}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The funnel as bars: creators who reached each stage. */
export function FunnelChart({ funnel }: { funnel: Report['funnel'] }) {
  const data = funnel.steps.map((s) => ({ stage: STAGE_LABEL[s.stage], reached: s.reached }));
  return (
    <BarFrame data={data} xKey="stage">
      <Bar dataKey="reached" name={t('dashboard.col.reachedAtLeast')} fill="#0369a1" isAnimationActive={false} />
    </BarFrame>
  );
}

/** Messages sent per week, stacked by channel. */
export function SendsChart({ perWeek }: { perWeek: WeekRow[] }) {
  if (!perWeek.length) return null;
  const used = CHANNELS.filter((c) => perWeek.some((w) => w.counts[c]));
  const data = perWeek.map((w) => ({ week: shortDate(w.week), ...w.counts }));
  return (
    <BarFrame data={data} xKey="week">
      <Legend />
      {used.map((c, i) => (
        <Bar key={c} dataKey={c} name={CHANNEL_LABEL[c]} stackId="sent" fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarFrame>
  );
}
