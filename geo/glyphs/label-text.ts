import type { Place } from '../schema/place-schema';

/** The four label languages the reader can switch between. */
/** Longer spellings ("the bridge across the Han-gang river") are phrases, not map labels. */
const MAX_LABEL = 24;

export function placeLabels(place: Place): { telegram: string; modern: string; hangul: string; hanja: string } {
  const spelled = place.variants.find((variant) => variant.inTelegram)?.toponym;
  // A descriptive title ("Han River bridges at Yongsan–Noryangjin (Hangang Bridge)") gives way to the plain name.
  const modern = place.title.length <= MAX_LABEL ? place.title : (place.names.rr ?? place.title);
  return {
    telegram: spelled !== undefined && spelled.length <= MAX_LABEL ? spelled : modern,
    modern,
    hangul: place.names.hangul ?? place.title,
    hanja: place.names.hanja ?? place.names.hangul ?? place.title,
  };
}

/** Code-point ranges shipped whole, so that any Latin text (with McCune-Reischauer and Hepburn marks) renders. */
export const WHOLE_RANGES = [0, 256, 7680, 8192];

/** Every character the map may have to draw from a label, beyond the whole ranges. */
export function labelCharacters(places: readonly Place[], otherLabels: readonly string[]): Set<number> {
  const characters = new Set<number>();
  const texts = [...places.flatMap((place) => Object.values(placeLabels(place))), ...otherLabels];
  for (const text of texts) for (const character of text) characters.add(character.codePointAt(0) ?? 0);
  return characters;
}

export function rangeStart(codePoint: number): number {
  return Math.floor(codePoint / 256) * 256;
}
