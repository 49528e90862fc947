import { OutcomeCard } from '../features/outcome/outcome-card';
import { PlaceCard } from '../features/place-card/place-card';
import { StatementCard } from '../features/statement-card/statement-card';
import { UnitCard } from '../features/units/unit-card';

/** The cards over the map, in a chunk of their own (lazy-panels.tsx): each renders nothing while closed. */
export function Cards() {
  return (
    <>
      <PlaceCard />
      <OutcomeCard />
      <StatementCard />
      <UnitCard />
    </>
  );
}
