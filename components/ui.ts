/**
 * The design system, as the class lists every page and panel uses: one type scale, one spacing rhythm
 * (multiples of 4 px: 1 = 4 px), one colour role per meaning. Colours come from components/theme.css, so
 * each class pair keeps its contrast in both themes.
 *
 * Type scale: page title 20 / section 16 / body 14 / meta 12; numbers that are the point of a card 24.
 * Colour roles: sky = the primary action and links, slate = text and structure, emerald = done/success,
 * amber = needs attention, rose = error or destructive.
 */
export const ui = {
  pageTitle: 'text-xl font-semibold tracking-tight text-slate-900',
  sectionTitle: 'text-base font-semibold text-slate-900',
  subTitle: 'text-sm font-semibold text-slate-900',
  body: 'text-sm text-slate-800',
  meta: 'text-xs text-slate-600',
  bigNumber: 'text-2xl font-semibold tabular-nums text-slate-900',

  page: 'mx-auto max-w-5xl space-y-6 p-6',
  section: 'space-y-3',
  card: 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm',
  row: 'flex flex-wrap items-center gap-2',

  button: 'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50',
  buttonPrimary: 'inline-flex items-center gap-1.5 rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50',
  buttonDanger: 'inline-flex items-center gap-1.5 rounded-md bg-rose-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-50',
  buttonSmall: 'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50',
  link: 'text-sky-700 underline underline-offset-2 hover:text-sky-800',

  label: 'block text-sm font-medium text-slate-800',
  input: 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900',
  hint: 'text-xs text-slate-600',

  success: 'text-emerald-700',
  warning: 'text-amber-800',
  error: 'text-rose-700',
} as const;
