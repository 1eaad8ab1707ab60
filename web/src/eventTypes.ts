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

// Okabe–Ito's colour-blind-safe hues, darkened so that white badge text has a contrast of at
// least 4.5:1 (WCAG AA; axe-core checks it).
/** Colour of each event type in charts and graph views. */
export const EVENT_TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  MEETING: '#005A8C',
  VISIT: '#A6410A',
  PHONE_CALL: '#006B4E',
  AGREEMENT: '#8E3B73',
  SUMMIT: '#8A5A00',
  OTHER: '#555555',
};

/** The label of a type name from the API (unknown names are shown as given). */
export function eventTypeLabel(type: string): string {
  return (EVENT_TYPE_LABELS as Record<string, string>)[type] ?? type;
}
