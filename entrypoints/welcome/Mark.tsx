/**
 * Creator Scout's mark drawn inline (the same drawing as scripts/icon.svg, the icons' master): sharp at any
 * pixel density, and no image element loaded by our pages (tests/unit/avatar-url.test.ts). Decorative: the title names the page.
 */
export function Mark({ size = 48 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="4 4 120 120" className="shrink-0">
      <defs>
        <linearGradient id="mark-bg" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor="#0284c7" />
          <stop offset="1" stopColor="#0369a1" />
        </linearGradient>
        <clipPath id="mark-lens">
          <circle cx="52" cy="54" r="25" />
        </clipPath>
      </defs>
      <rect x="4" y="4" width="120" height="120" rx="28" fill="url(#mark-bg)" />
      <g clipPath="url(#mark-lens)" fill="#fff">
        <circle cx="52" cy="46.5" r="10" />
        <path d="M29 86 C29 70 39 62 52 62 C65 62 75 70 75 86 Z" />
      </g>
      <circle cx="52" cy="54" r="30" fill="none" stroke="#fff" strokeWidth="11" />
      <path d="M74.5 76.5 L99 101" stroke="#fff" strokeWidth="15" strokeLinecap="round" />
      <path d="M101 15 L105.5 24.5 L115 29 L105.5 33.5 L101 43 L96.5 33.5 L87 29 L96.5 24.5 Z" fill="#fcd34d" />
    </svg>
  );
}
