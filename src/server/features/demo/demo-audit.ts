import type { Clock } from '../../adapters/clock.js';
import type { Dialect } from '../../db/database.js';
import { type AuditRecorder, processAudit } from '../audit/audit.service.js';

/** The audit recorder of the demo loader in one municipality: what it writes is audited as done by "demo". */
export function demoAudit(deps: { db: { dialect: Dialect }; clock: Clock }, municipalityId: string): AuditRecorder {
  return processAudit(deps, municipalityId, 'demo');
}
