// Placeholder until helper B builds this tab (issue 18); replaced entirely, never shipped as is.
export function ProcedureTab() {
  return null;
}
