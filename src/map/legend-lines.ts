import { OUTCOME } from './outcome-layers';
import { BOUNDARY, FRIENDLY, HOSTILE } from './situation-layers';

/** The line styles the legend explains, shared by the on-screen legend and the PNG export's caption. */
export interface LegendLine {
  label: string;
  color: string;
  dash: number[];
  width: number;
}

export const LEGEND_LINES: LegendLine[] = [
  { label: 'Reported: done by 4 Jan, 24:00', color: FRIENDLY, dash: [], width: 3 },
  { label: 'Ordered (fades after its time)', color: FRIENDLY, dash: [9, 6], width: 3 },
  { label: 'Ordered only if a condition holds', color: FRIENDLY, dash: [3, 6], width: 3 },
  { label: 'Expected of the enemy', color: HOSTILE, dash: [2, 4], width: 3 },
  { label: 'Demarcation line, 50th Army / 1st Corps', color: BOUNDARY, dash: [8, 3, 2, 3], width: 3 },
  { label: '38th parallel', color: '#7a6a55', dash: [6, 3], width: 1.5 },
];

export const OUTCOME_LEGEND_LINE: LegendLine = {
  label: 'What happened, from histories (violet; a ring: the sources disagree on the date)',
  color: OUTCOME,
  dash: [2, 2, 8, 2],
  width: 3,
};
