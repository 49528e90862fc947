import { DATA_FILES, type DataKey } from '../../data/app-data';
import { failedFiles, useDataStore } from '../../data/data-store';

/** What each file brings, in the reader's words, for "still loading ...". */
const WHAT_IT_HOLDS: Record<DataKey, string> = {
  telegram: 'the text of the telegram',
  places: 'the gazetteer',
  units: 'the units',
  people: 'who the commanders were',
  statements: 'what the telegram reports and orders',
  mentions: 'the place names in the text',
  outcome: 'the accounts of what happened',
  tour: 'the guided tour',
  comparisons: 'the comparison of plan and outcome',
  bibliography: 'the bibliography of the sources',
  about: 'the introduction to the document',
};

/** What the page cannot do without each file: said exactly, so the rest of the page can be trusted. */
const WITHOUT_IT: Record<DataKey, string> = {
  telegram: 'the text of the telegram cannot be shown, and the cards show no quotations',
  places: 'no place card can open and the search finds no places',
  units: 'units are named by their identifiers',
  people: 'the commanders are named only as the telegram writes them, without who the sources say they were',
  statements: 'the cards do not list what the telegram says happens at each place, and the timeline has no marks for it',
  mentions: 'the names in the text cannot be clicked, and the cards show no quotations',
  outcome: 'what happened cannot be shown in the cards',
  tour: 'the guided tour is not offered',
  comparisons: 'the cards and the plan-versus-outcome view cannot say what became of each order',
  bibliography: 'the cards name their sources by key only, without the full citation and grade',
  about: 'the introduction and the glossary notes cannot be shown',
};

/** The line under the header: files still on their way after a while, and files that failed, each with its consequence. */
export function DataStatus() {
  const files = useDataStore((state) => state.files);
  const failed = failedFiles(files);
  const slow = (Object.keys(files) as DataKey[]).filter((key) => {
    const file = files[key];
    return file.state === 'loading' && file.slow;
  });
  const { retry } = useDataStore.getState();
  return (
    <div className="data-status">
      <p role="status" className="data-loading">
        {slow.length > 0 && `Still loading ${slow.map((key) => `${WHAT_IT_HOLDS[key]} (${DATA_FILES[key]})`).join(', ')}…`}
      </p>
      {failed.length > 0 && (
        <div role="alert" className="data-problems">
          <p>Some data could not be loaded:</p>
          <ul>
            {failed.map(({ key, message }) => (
              <li key={key}>
                {message}: {WITHOUT_IT[key]}.
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void retry()}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
