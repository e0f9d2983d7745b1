import { Badge } from '@mantine/core';
import type { Status } from '../../../shared/indicators/indicator-status.js';
import { statusWords } from '../../../shared/indicators/status-words.js';
import { statusColors } from '../../../shared/reports/report-document.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The reports' status colours (readable with white text); "monitor only" has none there and is grey. */
export function statusHex(status: Status): string {
  return status === 'monitor' ? '495057' : statusColors[status];
}

/** A status as a coloured badge with its word: the word carries the meaning, the colour only helps. */
export function StatusBadge({ status }: { status: Status }) {
  const { locale } = useI18n();
  return (
    <Badge className="status-badge" variant="filled" color={`#${statusHex(status)}`} data-status={status}>
      {statusWords[locale][status]}
    </Badge>
  );
}
