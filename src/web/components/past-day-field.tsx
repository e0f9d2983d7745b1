import { useToday } from '../features/auth/session-context.js';
import { DateField, type DateFieldProps } from './date-field.js';

/** The day something happened (a case opened, a step done, a file closed): required, at the latest today. */
export function PastDayField(props: Omit<DateFieldProps, 'max' | 'required'>) {
  const today = useToday();
  return <DateField {...props} max={today} required />;
}
