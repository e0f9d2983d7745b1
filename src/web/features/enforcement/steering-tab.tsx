// Placeholder until helper E builds this tab (issue 18); replaced entirely, never shipped as is.
export function SteeringTab() {
  return null;
}
