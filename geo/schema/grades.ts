/**
 * Source grades, strongest first: cards list sources in this order and the legend explains each. Kept apart from
 * the zod schema so the app can import them without zod (whose eval probe the page's CSP reports).
 */
export const GRADES = ['archival-primary', 'official-history', 'scholarly', 'press', 'reference', 'forum-blog'] as const;
export type Grade = (typeof GRADES)[number];
