import { Badge } from '@mantine/core';
import type { Status } from '../../shared/indicators/indicator-status.js';
import { statusWords } from '../../shared/indicators/status-words.js';
import { statusColors } from '../../shared/reports/report-document.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * The status colours of the reports (each at least 4.5:1 against white), and one for "monitor only", which the
 * reports do not colour.
 */
export const statusColor: Record<Status, string> = {
  achieved: `#${statusColors.achieved}`,
  on_track: `#${statusColors.on_track}`,
  at_risk: `#${statusColors.at_risk}`,
  missed: `#${statusColors.missed}`,
  no_data: `#${statusColors.no_data}`,
  monitor: '#5B21B6',
};

/** A traffic light that always says its status in words: colour is never the only cue. */
export function StatusBadge({ status, size = 'md' }: { status: Status; size?: 'sm' | 'md' | 'lg' }) {
  const { locale } = useI18n();
  return (
    <Badge className="status-badge" color={statusColor[status]} variant="filled" size={size} data-status={status}>
      {statusWords[locale][status]}
    </Badge>
  );
}
