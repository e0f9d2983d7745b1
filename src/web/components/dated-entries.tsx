import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** One entry of a file's timeline (a case, a finding): its day in bold, what happened, and its note in italics. */
export function TimelineEntry({ day, note, children }: { day: string; note?: string | null; children: ReactNode }) {
  const { date } = useI18n();
  return (
    <List.Item>
      <Text fw={600} span>
        {date(day)}
      </Text>{' '}
      — {children}
      {note && (
        <Text size="sm" fs="italic">
          {note}
        </Text>
      )}
    </List.Item>
  );
}

/** One deadline of a file: its name, then its state in words, in bold red once it is overdue. */
export function DeadlineEntry({ label, overdue, children }: { label: string; overdue: boolean; children: ReactNode }) {
  return (
    <List.Item>
      {label}:{' '}
      <Text span fw={overdue ? 700 : 400} c={overdue ? 'red.9' : undefined}>
        {children}
      </Text>
    </List.Item>
  );
}
