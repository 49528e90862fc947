import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import { useRef, useState } from 'react';
import { formatByWhen } from '../../domain/time';
import { useMapStatus } from '../../map/map-status';
import { OutcomeMapView } from '../../map/outcome-map-view';
import { clipRightOf, DIVIDER_MAX, DIVIDER_MIN, DIVIDER_START, dividerAfterKey, dividerAtPointer } from '../../map/swipe-divider';
import { swipeMapShown } from '../../store/reading-slice';
import { useAppStore } from '../../store/app-store';

/**
 * Plan against outcome as a swipe map: left of the divider the page's map, drawing the telegram's situation at the
 * timeline's moment; right of it a second map drawing only what the accounts say had happened by then. It opens
 * with the comparison (unless switched off there) once the page's map is ready, and closes with it.
 */
export function SwipeMap() {
  const shown = useAppStore(swipeMapShown);
  const mapReady = useMapStatus((status) => status.phase === 'ready');
  return shown && mapReady ? <SwipeMapOpen /> : null;
}

function SwipeMapOpen() {
  const time = useAppStore((state) => state.time);
  const [divider, setDivider] = useState(DIVIDER_START);
  const boxRef = useRef<HTMLDivElement>(null);
  const byWhen = formatByWhen(time);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = dividerAfterKey(divider, event.key);
    if (next === undefined) return;
    event.preventDefault();
    setDivider(next);
  };
  const follow = (clientX: number): void => {
    const box = boxRef.current?.getBoundingClientRect();
    if (box !== undefined) setDivider(dividerAtPointer(clientX, box.left, box.width));
  };
  // Pointer capture keeps the drag on the divider when the pointer (a finger) runs ahead of it over a map.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    follow(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) follow(event.clientX);
  };

  return (
    <div className="swipe-map" ref={boxRef} data-testid="swipe-map" style={{ '--divider': `${divider}%` } as CSSProperties}>
      <OutcomeMapView clipPath={clipRightOf(divider)} label={`Map of what happened by ${byWhen}, right of the divider`} />
      <p className="swipe-label swipe-label-plan" data-testid="swipe-label-plan">
        Planned by {byWhen}
      </p>
      <p className="swipe-label swipe-label-outcome" data-testid="swipe-label-outcome">
        What happened by {byWhen}
      </p>
      <div className="swipe-divider" data-testid="swipe-divider" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <div
          className="swipe-handle"
          role="slider"
          tabIndex={0}
          aria-label="Divider between the plan and what happened"
          aria-orientation="horizontal"
          aria-valuemin={DIVIDER_MIN}
          aria-valuemax={DIVIDER_MAX}
          aria-valuenow={divider}
          aria-valuetext={`plan on the left ${Math.round(divider)}% of the map, what happened on the right`}
          onKeyDown={onKeyDown}
        />
      </div>
    </div>
  );
}
