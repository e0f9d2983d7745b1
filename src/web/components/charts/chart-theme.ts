/** The chart font: the app's own, so charts read like the page around them. */
export const chartFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
