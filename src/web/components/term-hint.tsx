import { Tooltip } from '@mantine/core';
import { useId } from 'react';

/**
 * A short explanation of a term ("Opvolging", "vaststeller", "3 u"): a small focusable ⓘ after it that shows the
 * explanation on hover, focus and touch. Screen readers get the same words as the ⓘ's accessible name, and the
 * term it follows can point at it with `aria-describedby={id}`.
 */
export function TermHint({ text, id }: { text: string; id?: string }) {
  const generated = useId();
  const hintId = id ?? generated;
  return (
    <Tooltip label={text} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
      <span className="term-hint" id={hintId} role="note" tabIndex={0} aria-label={text} data-print="hide">
        {/* An SVG "i" in a circle: not every system font has the ⓘ character. */}
        <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx="8" cy="4.75" r="1" fill="currentColor" />
          <path d="M8 7v5" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </span>
    </Tooltip>
  );
}
