// Placeholder until helper A builds this tab (issue 18); replaced entirely, never shipped as is.
export function CatalogueTab() {
  return null;
}
