// Placeholder until helper C builds this tab (issue 18); replaced entirely, never shipped as is.
export function AssociationTab() {
  return null;
}
