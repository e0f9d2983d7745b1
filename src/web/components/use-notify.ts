import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

export type NotifyTone = 'info' | 'success' | 'error';

const colors: Record<NotifyTone, string> = { info: 'blue', success: 'teal.9', error: 'red.9' };

/** Shows a short message; its close button is labelled in the user's language. */
export function useNotify(): (message: string, tone?: NotifyTone) => void {
  const { t } = useI18n();
  return useCallback(
    (message: string, tone: NotifyTone = 'info') => {
      notifications.show({ message, color: colors[tone], closeButtonProps: { 'aria-label': t.app.close } });
    },
    [t],
  );
}
