import type { MouseEvent } from 'react';

/** What each skip link moves focus to; the map's canvas is MapLibre's own keyboard-operable element. */
const TARGETS = [
  { label: 'Skip to the map', selector: '[data-testid="map"] canvas, .no-webgl' },
  { label: 'Skip to the timeline', selector: '.timeline input[type="range"]' },
  { label: 'Skip to the text', selector: '.text-panel' },
] as const;

/**
 * The first Tab stops of the page. Buttons in link form: a `#fragment` would rewrite the address, which holds
 * the permalink. `onText` lets a phone open its text sheet first.
 */
export function SkipLinks({ onText }: { onText: () => void }) {
  const go = (event: MouseEvent<HTMLAnchorElement>, selector: string): void => {
    event.preventDefault();
    if (selector === '.text-panel') onText();
    // After the text sheet (phone) has had a frame to appear.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map(({ label, selector }) => (
        <a key={label} href="./" onClick={(event) => go(event, selector)}>
          {label}
        </a>
      ))}
    </nav>
  );
}
