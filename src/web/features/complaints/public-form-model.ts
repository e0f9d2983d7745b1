import type { PublicComplaintBody } from '../../../shared/api/complaints.schema.js';
import { intakeRules } from '../../../shared/complaints/intake-rules.js';
import { isNuisanceCategory } from '../../../shared/barometer/categories.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { GeoPoint } from '../../components/charts/geo-points.js';

export interface PublicFormState {
  category: string;
  date: string;
  time: string;
  placeMode: 'map' | 'address';
  point: GeoPoint | null;
  pointInside: boolean;
  wijkCode: string;
  address: string;
  description: string;
  email: string;
  name: string;
  website: string;
  privacy: boolean;
}

export type FieldKey = 'category' | 'date' | 'time' | 'place' | 'description' | 'email' | 'privacy';
export type FieldErrors = Partial<
  Record<FieldKey, 'required' | 'descriptionShort' | 'pickPlace' | 'emailInvalid' | 'privacyRequired'>
>;

export function emptyForm(now: Date): PublicFormState {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString();
  return {
    category: '',
    date: local.slice(0, 10),
    time: local.slice(11, 16),
    placeMode: 'map',
    point: null,
    pointInside: false,
    wijkCode: '',
    address: '',
    description: '',
    email: '',
    name: '',
    website: '',
    privacy: false,
  };
}

/** The form's own checks, before anything is sent (the server checks again). */
export function validatePublicForm(state: PublicFormState): FieldErrors {
  const errors: FieldErrors = {};
  if (!isNuisanceCategory(state.category)) errors.category = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.date)) errors.date = 'required';
  if (!/^\d{2}:\d{2}$/.test(state.time)) errors.time = 'required';
  const placed =
    state.placeMode === 'map'
      ? state.point !== null && state.pointInside
      : state.wijkCode !== '' && state.address.trim().length >= 2;
  if (!placed) errors.place = 'pickPlace';
  if (state.description.trim().length < 10 || state.description.length > intakeRules.maxDescriptionChars) {
    errors.description = 'descriptionShort';
  }
  if (state.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(state.email.trim())) {
    errors.email = 'emailInvalid';
  }
  if (!state.privacy) errors.privacy = 'privacyRequired';
  return errors;
}

/** The local date and time as an ISO moment with the browser's offset (the server converts to Brussels time). */
export function occurredAtOf(date: string, time: string, offsetMinutes: number): string {
  const sign = offsetMinutes <= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function toPublicBody(
  state: PublicFormState,
  context: {
    municipality: string;
    formToken: string;
    locale: Locale;
    offsetMinutes: number;
    attachments: { name: string; contentBase64: string }[];
  },
): PublicComplaintBody {
  const address = state.address.trim();
  return {
    municipality: context.municipality,
    formToken: context.formToken,
    website: state.website,
    locale: context.locale,
    category: state.category as PublicComplaintBody['category'],
    occurredAt: occurredAtOf(state.date, state.time, context.offsetMinutes),
    place:
      state.placeMode === 'map' && state.point
        ? { lat: state.point.lat, lon: state.point.lon, ...(address ? { address } : {}) }
        : { wijkCode: state.wijkCode, address },
    description: state.description.trim(),
    ...(state.email.trim() ? { contactEmail: state.email.trim() } : {}),
    ...(state.name.trim() ? { contactName: state.name.trim() } : {}),
    ...(context.attachments.length ? { attachments: context.attachments } : {}),
    privacyAccepted: true,
  };
}

/** Checks a picked file like the server does on its name and size (the server also checks its bytes). */
export function acceptsFile(file: { name: string; size: number }): boolean {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return (
    file.name.includes('.') &&
    ['png', 'jpg', 'jpeg', 'pdf'].includes(extension) &&
    file.size > 0 &&
    file.size <= intakeRules.maxAttachmentBytes
  );
}

/** Reads `#REFERENCE.CODE` from the status link. */
export function parseStatusFragment(hash: string): { reference: string; accessCode: string } | null {
  const match = /^#?(OV-\d{4}-[A-Z0-9]+)\.([A-Z0-9-]+)$/i.exec(decodeURIComponent(hash));
  return match ? { reference: (match[1] ?? '').toUpperCase(), accessCode: (match[2] ?? '').toUpperCase() } : null;
}
