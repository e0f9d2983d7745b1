import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

export type NotifyTone = 'info' | 'success' | 'error';

const colors: Record<NotifyTone, string> = { info: 'blue', success: 'teal.9', error: 'red.9' };

/**
 * Shows a short message; its close button is labelled in the user's language. With an `id`, a message already on
 * screen under that id is not shown a second time (five records saved in a row: one message, not five).
 */
export function useNotify(): (message: string, tone?: NotifyTone, id?: string) => void {
  const { t } = useI18n();
  return useCallback(
    (message: string, tone: NotifyTone = 'info', id?: string) => {
      notifications.show({ id, message, color: colors[tone], closeButtonProps: { 'aria-label': t.app.close } });
    },
    [t],
  );
}
