import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { parseDocumentTime } from '../domain/time';
import { OPEN_END, opacityAt, phaseAt, phaseOpacities, type TimedProperties } from '../domain/visibility';
import { opacityExpression, phaseExpression, visibleNowFilter } from './time-expressions';

function at(value: string): number {
  const time = parseDocumentTime(value);
  if (time === undefined) throw new Error(`bad test time ${value}`);
  return time;
}

const ORDER_SENT = at('1951-01-04T24:00');
const features: Record<string, TimedProperties> = {
  reportedOnTheThird: { kind: 'reported', knownFrom: at('1951-01-03'), start: at('1951-01-03'), end: at('1951-01-03T24:00') },
  orderedWithWindow: { kind: 'ordered', knownFrom: ORDER_SENT, start: ORDER_SENT, end: at('1951-01-07T24:00') },
  orderedOpenEnded: { kind: 'ordered', knownFrom: ORDER_SENT, start: at('1951-01-07T24:00'), end: OPEN_END },
  assessed: { kind: 'assessed', knownFrom: ORDER_SENT, start: ORDER_SENT, end: OPEN_END },
  document: { kind: 'document', knownFrom: at('1951-01-08T02:40'), start: at('1951-01-08T02:40'), end: OPEN_END },
};

describe('the style expressions agree with phaseAt and opacityAt', () => {
  const hours = Array.from({ length: 6 * 24 + 1 }, (_, hour) => at('1951-01-03') + hour * 3_600_000);

  it.each(Object.entries(features))('%s, every hour from 3 to 8 January', (_name, feature) => {
    // The expressions read the same object the map's global state would be.
    const state = { time: 0 };
    const phase = createExpression(phaseExpression, 'layers[0].metadata.phase', null, state);
    const opacity = createExpression(opacityExpression, 'layers[0].paint.line-opacity', null, state);
    if (phase.result !== 'success' || opacity.result !== 'success') throw new Error('expression does not parse');
    const filter = featureFilter(visibleNowFilter, 'layers[0].filter', state);
    // The feature as the data build writes it: its times and the opacity of each phase.
    const geoFeature = { type: 'Point', properties: { ...feature, ...phaseOpacities(feature.kind) } } as const;
    const globals = { zoom: 8 };
    for (const time of hours) {
      state.time = time;
      expect(phase.value.evaluate(globals, geoFeature)).toBe(phaseAt(feature, time));
      expect(opacity.value.evaluate(globals, geoFeature)).toBe(opacityAt(feature, time));
      expect(filter.filter(globals, geoFeature)).toBe(phaseAt(feature, time) !== 'hidden');
    }
  });
});
