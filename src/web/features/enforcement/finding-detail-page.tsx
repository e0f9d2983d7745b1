// Placeholder until helper B builds the finding's page (issue 18); replaced entirely, never shipped as is.
export function FindingDetailPage() {
  return null;
}
