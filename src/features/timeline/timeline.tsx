import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { timelineReadout } from '../../domain/document-times';
import { KIND_LABEL } from '../../domain/statement-text';
import { eventTime, latestEventsAt, stepCrossesEvent, timelineEvents, type TimelineEvent } from '../../domain/timeline-events';
import { DAY, HOUR, TIMELINE_END, TIMELINE_START, type WrittenMidnights } from '../../domain/time';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { PLAY_SPEEDS, type PlaySpeed } from '../../store/time-slice';

/** How long playback rests on a moment the timeline marks, so its caption can be read. */
const HOLD_AT_EVENT_MS = 1800;
const EVENT_KIND_LABEL = { ...KIND_LABEL, outcome: 'What happened' } as const;

const SPAN_HOURS = (TIMELINE_END - TIMELINE_START) / HOUR;
const DAYS = Array.from({ length: 6 }, (_, index) => TIMELINE_START + index * DAY);

function percent(time: number): string {
  return `${((time - TIMELINE_START) / (TIMELINE_END - TIMELINE_START)) * 100}%`;
}

/** Plays the timeline forward while `playing`, one hour per step, resting at each marked moment; stops at the end. */
function usePlayback(events: readonly TimelineEvent[]): void {
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const eventsRef = useRef(events);
  useEffect(() => {
    eventsRef.current = events;
  }, [events]);
  useEffect(() => {
    if (!playing) return;
    let timer = 0;
    const step = (): void => {
      const { time: from, stepHours, setPlaying } = useAppStore.getState();
      if (from >= TIMELINE_END) {
        setPlaying(false);
        return;
      }
      stepHours(1);
      const hold = stepCrossesEvent(eventsRef.current, from, useAppStore.getState().time);
      timer = window.setTimeout(step, 1000 / speed + (hold ? HOLD_AT_EVENT_MS : 0));
    };
    timer = window.setTimeout(step, 1000 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, speed]);
}

/** What the timeline's latest marked moment at or before now is: the caption under the track. */
function TimelineCaption({ events, time, writtenMidnights }: { events: readonly TimelineEvent[]; time: number; writtenMidnights: WrittenMidnights }) {
  const latest = latestEventsAt(events, time);
  const first = latest[0];
  if (first === undefined) return <p className="timeline-caption">Nothing the telegram dates has happened yet.</p>;
  return (
    <p className="timeline-caption" data-testid="timeline-caption">
      <span className="when">{eventTime(first, writtenMidnights)}</span> · <span className={`kind-badge event-${first.kind}`}>{EVENT_KIND_LABEL[first.kind]}</span> {first.label}
      {latest.length > 1 && <span className="more"> (and {latest.length - 1} more at this moment)</span>}
    </p>
  );
}

export function Timeline() {
  const statements = useDataStore((state) => state.data.statements);
  const outcome = useDataStore((state) => state.data.outcome);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  const showOutcome = useAppStore((state) => state.showOutcome);
  const events = useMemo(() => timelineEvents(statements ?? [], outcome ?? [], showOutcome), [statements, outcome, showOutcome]);
  usePlayback(events);
  const time = useAppStore((state) => state.time);
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const { setTime, stepHours, setPlaying, setSpeed } = useAppStore.getState();
  const readout = timelineReadout(time, writtenMidnights);

  // Arrow keys move an hour (the native slider's step); PageUp/PageDown a day; Home/End the ends.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, () => void> = {
      PageUp: () => stepHours(24),
      PageDown: () => stepHours(-24),
      Home: () => setTime(TIMELINE_START),
      End: () => setTime(TIMELINE_END),
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    move();
  };

  return (
    <section className="timeline" aria-label="Timeline, 3 to 8 January 1951">
      <div className="timeline-controls">
        <button type="button" onClick={() => stepHours(-1)} aria-label="One hour back" title="One hour back">
          −1 h
        </button>
        <button
          type="button"
          onClick={() => {
            // Play from the end starts again from the beginning.
            if (!playing && time >= TIMELINE_END) setTime(TIMELINE_START);
            setPlaying(!playing);
          }}
          aria-label={playing ? 'Pause' : 'Play'}
          aria-pressed={playing}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => stepHours(1)} aria-label="One hour on" title="One hour on">
          +1 h
        </button>
        <label className="timeline-speed">
          Speed
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as PlaySpeed)}>
            {PLAY_SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value} h/s
              </option>
            ))}
          </select>
        </label>
        <output className="timeline-readout" aria-live="polite" data-testid="timeline-readout">
          {readout}
        </output>
      </div>
      <div className="timeline-track">
        <input
          type="range"
          aria-label="Date and hour"
          min={0}
          max={SPAN_HOURS}
          step={1}
          value={(time - TIMELINE_START) / HOUR}
          aria-valuetext={readout}
          onChange={(event) => setTime(TIMELINE_START + Number(event.target.value) * HOUR)}
          onKeyDown={onKeyDown}
        />
        <div className="timeline-ticks" aria-hidden="true">
          {events.map((tick) => (
            <span
              key={`${tick.kind}-${tick.time}-${tick.label}`}
              className={`timeline-tick timeline-tick-${tick.kind}`}
              style={{ left: percent(tick.time) }}
              title={tick.label}
              onClick={() => setTime(tick.time)}
            />
          ))}
        </div>
        <div className="timeline-days" aria-hidden="true">
          {DAYS.map((day) => (
            <span key={day} style={{ left: percent(day + DAY / 2) }}>
              {new Date(day).getUTCDate()} Jan
            </span>
          ))}
        </div>
      </div>
      <TimelineCaption events={events} time={time} writtenMidnights={writtenMidnights} />
    </section>
  );
}
