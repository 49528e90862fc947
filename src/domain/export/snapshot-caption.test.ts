import { describe, expect, it } from 'vitest';
import { parseDocumentTime } from '../time';
import { snapshotCaption, type SnapshotCaptionInput } from './snapshot-caption';

const PERMALINK = 'https://example.invalid/map/#date=1951-01-05T09:00&place=p-one&map=8.50/37.5000/127.0000';

const input = (overrides: Partial<SnapshotCaptionInput> = {}): SnapshotCaptionInput => ({
  title: 'A title',
  time: parseDocumentTime('1951-01-05T09:00') ?? Number.NaN,
  writtenMidnights: new Set(),
  card: null,
  permalink: PERMALINK,
  citation: 'An archive, file 1, https://archive.example.invalid/1',
  attribution: 'Coast: a survey',
  ...overrides,
});

describe('snapshotCaption', () => {
  it('writes a midnight as 24:00 only where the document does', () => {
    const orderSent = parseDocumentTime('1951-01-04T24:00') ?? Number.NaN;
    expect(snapshotCaption(input({ time: orderSent })).header[0]).toContain('5 January 1951, 00:00');
    expect(snapshotCaption(input({ time: orderSent, writtenMidnights: new Set([orderSent]) })).header[0]).toContain('4 January 1951, 24:00');
  });

  it('dates the view by the timeline, as the readout under the slider does', () => {
    const caption = snapshotCaption(input());
    expect(caption.title).toBe('A title');
    expect(caption.header).toEqual(['Map at 5 January 1951, 09:00 — after the order was sent']);
  });

  it("carries the view's permalink whole, then the source and the basemap credit", () => {
    expect(snapshotCaption(input()).notes).toEqual([`This view: ${PERMALINK}`, 'Source: An archive, file 1, https://archive.example.invalid/1', 'Basemap: Coast: a survey']);
  });

  it('names the open card, with its names in the original scripts', () => {
    const caption = snapshotCaption(input({ card: { kind: 'place', title: 'Hoengseong', originalNames: ['횡성', '橫城'] } }));
    expect(caption.header[1]).toBe('Open place: Hoengseong (횡성, 橫城)');
  });

  it('leaves out empty names and a name that repeats the title', () => {
    const caption = snapshotCaption(input({ card: { kind: 'outcome', title: 'Seoul entered', originalNames: ['', 'Seoul entered'] } }));
    expect(caption.header[1]).toBe('Open what happened: Seoul entered');
  });
});
