import type { CardKind, CardRef } from '../../domain/card-ref';
import { useDataStore, type DataIndex } from '../../data/data-store';
import type { AppData } from '../../data/app-data';
import { useAppStore } from '../../store/app-store';
import { openCard } from '../../store/url-sync';

export interface OpenCardSummary {
  kind: CardKind;
  title: string;
  /** A place's names in Hangul and Hanja, where the gazetteer has them. */
  originalNames: string[];
}

/** The title a card shows; undefined when the data behind it is missing. */
function cardTitle(card: CardRef, data: Partial<AppData>, index: DataIndex): string | undefined {
  const titles: Record<CardKind, () => string | undefined> = {
    place: () => index.placesById.get(card.id)?.title,
    statement: () => data.statements?.find((statement) => statement.id === card.id)?.summary,
    outcome: () => index.outcomeById.get(card.id)?.title,
    unit: () => index.unitsById.get(card.id)?.name,
  };
  return titles[card.kind]();
}

/** The card open now, as a citation or an image caption names it; null when none is open or its data is missing. */
export function openCardSummary(): OpenCardSummary | null {
  const card = openCard(useAppStore.getState());
  if (card === null) return null;
  const { data, index } = useDataStore.getState();
  const title = cardTitle(card, data, index);
  if (title === undefined) return null;
  const names = card.kind === 'place' ? index.placesById.get(card.id)?.names : undefined;
  const originalNames = [names?.hangul, names?.hanja].filter((name): name is string => typeof name === 'string' && name !== '');
  return { kind: card.kind, title, originalNames };
}
