/** Simple line icons for the navigation (drawn here: no icon font, no network, no emoji font needed). */
const PATHS: Record<string, string> = {
  plans: 'M6 3h9l4 4v14H6z M15 3v4h4 M9 11h7 M9 15h7 M9 19h4',
  schedule: 'M4 6h16v15H4z M4 10h16 M8 3v5 M16 3v5 M8 14h2 M12 14h2 M16 14h2 M8 17h2',
  compliance: 'M4 20V4 M4 20h16 M8 16v-5 M12 16V8 M16 16v-3',
  reports: 'M6 3h12v18H6z M9 8h6 M9 12h6 M9 16h4',
  sync: 'M5 9a7 7 0 0 1 12-3l2 2 M19 4v4h-4 M19 15a7 7 0 0 1-12 3l-2-2 M5 20v-4h4',
  settings: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M5 5l2 2 M17 17l2 2 M5 19l2-2 M17 7l2-2',
};

export function NavIcon({ name }: { name: string }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[name] ?? ''} />
    </svg>
  );
}
