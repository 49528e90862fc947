import { useEffect, useId } from 'react';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

/**
 * While on, the paragraph that scrolls into the middle of the text panel frames its places on the map. Off by
 * default: a map that moves while one reads is welcome only when asked for.
 */
export function FollowTextSwitch() {
  const id = useId();
  const following = useAppStore((state) => state.followText);
  const mentions = useDataStore((state) => state.data.mentions);

  useEffect(() => {
    if (!following || mentions === undefined) return;
    const root = document.querySelector('.text-panel');
    const blocks = [...document.querySelectorAll<HTMLElement>('.telegram [data-block-id]')];
    const placesOf = (block: HTMLElement): string[] => {
      const sentenceIds = new Set([...block.querySelectorAll<HTMLElement>('[data-sentence-id]')].map((element) => element.dataset.sentenceId));
      return [...new Set(mentions.filter((mention) => sentenceIds.has(mention.sentenceId)).map((mention) => mention.placeId))];
    };
    let current: HTMLElement | null = null;
    // A band across the middle of the panel: the paragraph in it is the one being read.
    const observer = new IntersectionObserver(
      (entries) => {
        const entering = entries.find((entry) => entry.isIntersecting)?.target;
        if (!(entering instanceof HTMLElement) || entering === current) return;
        const places = placesOf(entering);
        if (places.length === 0) return;
        current = entering;
        useAppStore.getState().framePlaces(places);
      },
      { root, rootMargin: '-45% 0px -45% 0px' },
    );
    for (const block of blocks) observer.observe(block);
    return () => observer.disconnect();
  }, [following, mentions]);

  return (
    <label className="follow-text" htmlFor={id}>
      <input id={id} type="checkbox" checked={following} onChange={(event) => useAppStore.getState().setFollowText(event.target.checked)} /> The map follows the paragraph being read
    </label>
  );
}
