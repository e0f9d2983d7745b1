import {
  calendarFeedCreatedSchema,
  calendarFeedRevokedSchema,
  calendarFeedStatusSchema,
  calendarSchema,
  reminderRunSchema,
  type Calendar,
} from '../../../shared/api/calendar.schema.js';
import { apiClient } from '../../api/api-client.js';

export const calendarApi = {
  list: (year: number): Promise<Calendar> =>
    apiClient.request('/api/calendar', {
      query: { from: `${year}-01-01`, to: `${year}-12-31` },
      schema: calendarSchema,
    }),
  feedStatus: () => apiClient.request('/api/calendar/feed', { schema: calendarFeedStatusSchema }),
  regenerate: () => apiClient.request('/api/calendar/feed', { method: 'POST', schema: calendarFeedCreatedSchema }),
  revoke: () => apiClient.request('/api/calendar/feed', { method: 'DELETE', schema: calendarFeedRevokedSchema }),
  remind: () => apiClient.request('/api/calendar/reminders/run', { method: 'POST', schema: reminderRunSchema }),
};
