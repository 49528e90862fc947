/** Which name the map labels places with (the legend's "Place names" choice, kept in the permalink). */
export const LABEL_LANGUAGES = ['telegram', 'modern', 'hangul', 'hanja'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];
export const DEFAULT_LABEL_LANGUAGE: LabelLanguage = 'telegram';

export function isLabelLanguage(value: string): value is LabelLanguage {
  return (LABEL_LANGUAGES as readonly string[]).includes(value);
}
