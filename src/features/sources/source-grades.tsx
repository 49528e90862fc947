import { GRADES } from '../../../geo/schema/grades';
import { GRADE_LABEL, GRADE_MEANING } from '../../domain/bibliography';

/** The legend's key to the grade badges the cards put on every source. */
export function SourceGrades() {
  return (
    <details className="legend-more source-grades">
      <summary>How sources are graded</summary>
      <p>Every source on a card carries its grade; cards list the strongest first.</p>
      <dl>
        {GRADES.map((grade) => (
          <div key={grade}>
            <dt>
              <span className={`grade-badge grade-${grade}`}>{GRADE_LABEL[grade]}</span>
            </dt>
            <dd>{GRADE_MEANING[grade]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
