/** The chart font: the app's own, so charts read like the page around them. */
export const chartFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * How a map of the municipality's wijken lies in its chart: named by `wijk_naam`, fixed (no zoom), corrected for
 * Belgium's latitude (51°), with a small margin; the names in dark text with a white halo, readable on any shade.
 */
export const wijkMapLayout = {
  nameProperty: 'wijk_naam',
  roam: false,
  aspectScale: Math.cos((51 * Math.PI) / 180),
  top: 10,
  bottom: 10,
  left: 10,
  right: 10,
  emphasis: { disabled: true },
  select: { disabled: true },
} as const;
export const wijkMapLabel = {
  show: true,
  fontSize: 10,
  color: '#111827',
  textBorderColor: '#FFFFFF',
  textBorderWidth: 2,
} as const;
