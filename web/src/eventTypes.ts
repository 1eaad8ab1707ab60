/** The API's event types, in the order legends and stacks show them. */
export const EVENT_TYPES = ['MEETING', 'VISIT', 'PHONE_CALL', 'AGREEMENT', 'SUMMIT', 'OTHER'] as const;

/** One of the API's EventType values. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Reader labels of event types. */
export const EVENT_TYPE_LABELS: Readonly<Record<EventType, string>> = {
  MEETING: 'Meeting',
  VISIT: 'Visit',
  PHONE_CALL: 'Phone call',
  AGREEMENT: 'Agreement',
  SUMMIT: 'Summit',
  OTHER: 'Other',
};

// A colour-blind-safe qualitative palette (Okabe–Ito), dark enough for white text contrast.
/** Colour of each event type in charts and graph views. */
export const EVENT_TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  MEETING: '#0072B2',
  VISIT: '#D55E00',
  PHONE_CALL: '#009E73',
  AGREEMENT: '#CC79A7',
  SUMMIT: '#E69F00',
  OTHER: '#666666',
};

/** The label of a type name from the API (unknown names are shown as given). */
export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
