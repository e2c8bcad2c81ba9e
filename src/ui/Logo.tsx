/** The Polku mark: a path between two points. Decorative. */
export function Logo() {
  return (
    <svg className="polku-logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f5f8b" />
      <path d="M6 22 C12 22 12 10 18 10 L26 10" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <circle cx="6" cy="22" r="3" fill="#f2b33d" />
      <circle cx="26" cy="10" r="3" fill="#f2b33d" />
    </svg>
  );
}
