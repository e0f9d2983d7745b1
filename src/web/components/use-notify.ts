import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

export type NotifyTone = 'info' | 'success' | 'error';

const colors: Record<NotifyTone, string> = { info: 'blue', success: 'teal.9', error: 'red.9' };

/**
 * Shows a short message; its close button is labelled in the user's language. A message already on screen is not
 * shown a second time: the same words in the same tone (a button pressed twice), or, with an `id`, any message under
 * that id (five records saved in a row: one message, not five).
 */
export function useNotify(): (message: string, tone?: NotifyTone, id?: string) => void {
  const { t } = useI18n();
  return useCallback(
    (message: string, tone: NotifyTone = 'info', id?: string) => {
      notifications.show({
        id: id ?? `${tone}:${message}`,
        message,
        color: colors[tone],
        closeButtonProps: { 'aria-label': t.app.close },
      });
    },
    [t],
  );
}
