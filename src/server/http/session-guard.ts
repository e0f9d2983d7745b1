import type { SignedInActor } from '../../shared/access/roles.js';
import type { SessionContext } from '../features/auth/auth.service.js';
import { AppError } from './app-error.js';

/** The access hook guarantees a session on non-public routes; this narrows the type for handlers. */
export function actorOf(session: SessionContext | undefined): SignedInActor {
  if (!session) throw new AppError('AUTH_REQUIRED');
  return session.actor;
}
