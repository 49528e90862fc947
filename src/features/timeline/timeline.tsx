import { useEffect, type KeyboardEvent } from 'react';
import { DOCUMENT_TIMES, timelineReadout } from '../../domain/document-times';
import { DAY, HOUR, TIMELINE_END, TIMELINE_START } from '../../domain/time';
import { useAppStore } from '../../store/app-store';
import { PLAY_SPEEDS, type PlaySpeed } from '../../store/time-slice';

export interface TimelineTick {
  time: number;
  label: string;
  kind: 'reported' | 'assessed' | 'ordered' | 'document';
}

const SPAN_HOURS = (TIMELINE_END - TIMELINE_START) / HOUR;
const DAYS = Array.from({ length: 6 }, (_, index) => TIMELINE_START + index * DAY);

function percent(time: number): string {
  return `${((time - TIMELINE_START) / (TIMELINE_END - TIMELINE_START)) * 100}%`;
}

/** Plays the timeline forward while `playing`, one hour per tick, and stops at the end. */
function usePlayback(): void {
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { time, stepHours, setPlaying } = useAppStore.getState();
      if (time >= TIMELINE_END) setPlaying(false);
      else stepHours(1);
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}

export function Timeline({ ticks }: { ticks: readonly TimelineTick[] }) {
  usePlayback();
  const time = useAppStore((state) => state.time);
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const { setTime, stepHours, setPlaying, setSpeed } = useAppStore.getState();
  const readout = timelineReadout(time);

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

  const allTicks: TimelineTick[] = [...ticks, ...DOCUMENT_TIMES.map((moment) => ({ time: moment.time, label: moment.label, kind: 'document' as const }))];

  return (
    <section className="timeline" aria-label="Timeline, 3 to 8 January 1951">
      <div className="timeline-controls">
        <button type="button" onClick={() => stepHours(-1)} aria-label="One hour back" title="One hour back">
          ◀
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
        <button type="button" onClick={() => stepHours(1)} aria-label="One hour forward" title="One hour forward">
          ▶|
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
          {allTicks.map((tick) => (
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
    </section>
  );
}
