/**
 * Every colour that means something on the map, defined once. The layer specs paint with these, the legend and
 * the PNG caption read them back from the specs, and the page's CSS gets them as custom properties (css-palette.ts).
 */
export const FRIENDLY = '#1f5fa8'; // the telegram's writers' forces
export const HOSTILE = '#b3261e'; // "the enemy", as the telegram calls it
export const BOUNDARY = '#3b3530'; // the demarcation line between the 50th Army and the 1st Corps
export const OUTCOME = '#6b3fa0'; // what happened, from other sources
export const INK = '#2b2a26';
export const LOW_CONFIDENCE = '#b0701c';
export const SELECTED = '#8a3b12';
export const PARALLEL_38 = '#7a6a55';
