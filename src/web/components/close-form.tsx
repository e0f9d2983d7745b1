import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useToday } from '../features/auth/session-context.js';
import { useSubmit } from '../lib/use-submit.js';
import { GridForm } from './grid-form.js';
import { Panel } from './panel.js';
import { PastDayField } from './past-day-field.js';

/** The texts of a {@link CloseForm}; `none` is said instead of the form when no outcome is possible. */
export interface CloseFormWords {
  title: string;
  outcome: string;
  chooseOutcome: string;
  closedOn: string;
  save: string;
  saved: string;
  none?: string;
}

/**
 * Closes a file (a case, a finding) with one of the outcomes offered, on a day from `min` up to today (the server
 * checks again). `close` sends it; `onDone` follows before the success notice.
 */
export function CloseForm({
  id,
  words,
  outcomes,
  min,
  close,
  onDone,
}: {
  id: string;
  words: CloseFormWords;
  outcomes: readonly { value: string; label: string }[];
  min?: string;
  close: (outcome: string, closedOn: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const today = useToday();
  const [outcome, setOutcome] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const { onSubmit, busy, error } = useSubmit(async () => {
    await close(outcome, closedOn);
    onDone();
  }, words.saved);
  return (
    <Panel id={id} title={words.title} print="hide">
      {words.none !== undefined && outcomes.length === 0 ? (
        <Text size="sm">{words.none}</Text>
      ) : (
        <GridForm onSubmit={onSubmit} error={error} busy={busy} save={words.save} disabled={!outcome} variant="outline">
          <NativeSelect
            label={words.outcome}
            value={outcome}
            required
            onChange={(e) => setOutcome(e.currentTarget.value)}
            data={[{ value: '', label: words.chooseOutcome }, ...outcomes]}
          />
          <PastDayField label={words.closedOn} value={closedOn} min={min} onChange={setClosedOn} />
        </GridForm>
      )}
    </Panel>
  );
}
