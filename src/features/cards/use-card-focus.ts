import { useEffect, useRef } from 'react';

/**
 * Keyboard behaviour shared by the cards: opening one (or changing what it shows) moves focus into it, Escape
 * closes it, and closing returns focus to where the reader was (the mention, the search box). `subject` is the
 * id the card shows, null while closed.
 */
export function useCardFocus<T extends HTMLElement>(subject: string | null, close: () => void) {
  const cardRef = useRef<T>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (subject === null) {
      // The card is gone; if focus went with it, give it back.
      const active = document.activeElement;
      if (wasOpen.current && (active === null || active === document.body) && openerRef.current?.isConnected === true) openerRef.current.focus();
      wasOpen.current = false;
      openerRef.current = null;
      return;
    }
    wasOpen.current = true;
    const active = document.activeElement;
    const card = cardRef.current;
    // Moving between things inside the card keeps the original opener.
    if (active instanceof HTMLElement && active !== document.body && card?.contains(active) !== true) openerRef.current = active;
    card?.focus({ preventScroll: true });
  }, [subject]);

  useEffect(() => {
    if (subject === null) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      // The search box and open menus handle their own Escape first.
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [subject, close]);

  return cardRef;
}
