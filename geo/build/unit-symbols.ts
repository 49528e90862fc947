import ms from 'milsymbol';
import type { Unit } from '../schema/situation-schema';
import { unitDesignation } from './situation';

const ECHELON_CODE: Record<Unit['echelon'], string> = { division: 'I', corps: 'J', army: 'K', column: '-', unknown: '-' };

/**
 * MIL-STD-2525C letter SIDC: S, affiliation (F friend / H hostile, from the document's point of view), G ground,
 * status (P present / A anticipated = planned, drawn with a dashed frame), function, echelon.
 */
export function sidcFor(unit: Unit, status: 'present' | 'planned'): string {
  const affiliation = unit.side === 'friendly' ? 'F' : 'H';
  const statusCode = status === 'present' ? 'P' : 'A';
  // The telegram names infantry divisions and infantry armies and corps; the enemy's arm is not given.
  const functionId = unit.side === 'friendly' ? 'UCI---' : 'U-----';
  return `S${affiliation}G${statusCode}${functionId}-${ECHELON_CODE[unit.echelon]}---`;
}

/** Standalone SVG files for every unit in both statuses, keyed by the icon name the situation features use. */
export function unitSymbolSvgs(units: readonly Unit[]): Record<string, string> {
  const entries: [string, string][] = [];
  for (const unit of units) {
    if (unit.echelon === 'column') continue;
    for (const status of ['present', 'planned'] as const) {
      const symbol = new ms.Symbol(sidcFor(unit, status), {
        size: 44,
        uniqueDesignation: unitDesignation(unit),
        higherFormation: unit.force === 'UN' ? '' : unit.force,
      });
      if (!symbol.isValid()) throw new Error(`invalid symbol code ${sidcFor(unit, status)} for ${unit.id}`);
      entries.push([`unit-${unit.id}-${status}`, symbol.asSVG()]);
    }
  }
  return Object.fromEntries(entries);
}
