import type { AuditAction, AuditEntity, AuditSystemActor } from '../../../shared/audit/audit-actions.js';
import words from './audit.json';

/** The audit log in words (audit.json): every action, system actor and kind of target the server can write. */
export const auditWords = words satisfies {
  actions: Record<AuditAction, string>;
  actors: Record<AuditSystemActor, string>;
  entities: Record<AuditEntity, string>;
  targetWithId: string;
};
