import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry } from '../../../shared/api/audit.schema.js';
import { isAuditAction, isAuditEntity, isAuditSystemActor } from '../../../shared/audit/audit-actions.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { ExportMenu } from '../../components/export-menu.js';
import { listExportPaths } from '../../../shared/api/list-export.schema.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Messages } from '../../i18n/messages.js';
import { useCan, useMe } from '../auth/session-context.js';
import { usersApi } from '../users/users.api.js';
import { capitalised } from '../users/user-fields.js';
import { auditApi } from './audit.api.js';
import { TableHead } from '../../components/table-head.js';
import { CaptionedTable } from '../../components/captioned-table.js';

export const auditPageSize = 25;

/** A known action in words; an action the web app does not know yet stays as its code. */
export function actionName(action: string, t: Messages): string {
  return isAuditAction(action) ? capitalised(t.audit.actions[action]) : action;
}

/** Who wrote the entry: a user's e-mail address, or a system actor in words. */
export function actorName(actorEmail: string | null, t: Messages): string {
  if (!actorEmail) return t.audit.actors.system;
  return isAuditSystemActor(actorEmail) ? t.audit.actors[actorEmail] : actorEmail;
}

/** The kind of thing an entry is about, in words ("dossier"); an unknown kind stays as its code. */
export function entityKind(entity: string, t: Messages): string {
  return isAuditEntity(entity) ? t.audit.entities[entity] : entity;
}

/** The words the entry itself holds for its target: a reference, a title or a name, before or after the change. */
export function targetWords(entry: Pick<AuditEntry, 'before' | 'after'>): string | undefined {
  for (const side of [entry.after, entry.before]) {
    if (!side || typeof side !== 'object') continue;
    const record = side as Record<string, unknown>;
    for (const key of ['reference', 'title', 'name', 'display_name', 'displayName']) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  return undefined;
}

/** The audit log, newest first, a page at a time ("older" walks back with `beforeSeq`). */
export function AuditPage() {
  const { t, fill, dateTime } = useI18n();
  const can = useCan();
  const me = useMe();
  // The cursors of the pages walked so far: [undefined] is the newest page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = cursors.length;
  // One more than a page tells whether an older page exists.
  const entries = useApiQuery(() => auditApi.list(auditPageSize + 1, cursor), `audit:${cursor ?? 'newest'}`, {
    keepPreviousData: true,
  });
  const users = useApiQuery(() => (can('user.read') ? usersApi.list() : Promise.resolve([])), 'audit-users');

  // Names instead of identifiers where the app knows them; otherwise the identifier's first characters.
  const entityLabel = (entity: string, id: string): string | undefined => {
    if (entity === 'municipality' && id === me.municipality.id) return me.municipality.name;
    const isUser = entity === 'user' || entity === 'app_user';
    const user = isUser && users.status === 'success' ? users.data.find((candidate) => candidate.id === id) : undefined;
    return user?.displayName;
  };

  const actorOf = (entry: AuditEntry): string => actorName(entry.actorEmail, t);

  // "Dossier ADV-2020-002", "Gebruiker: Demo Beheerder"; without a name "Dossier (kenmerk 95e53431)".
  const nameOf = (entry: AuditEntry): string => {
    const kind = capitalised(entityKind(entry.entity, t));
    if (!entry.entityId) return kind;
    const known = entityLabel(entry.entity, entry.entityId) ?? targetWords(entry);
    return known ? `${kind}: ${known}` : fill(t.audit.targetWithId, { kind, id: entry.entityId.slice(0, 8) });
  };

  const shown = entries.status === 'success' ? entries.data.slice(0, auditPageSize) : [];
  const hasOlder = entries.status === 'success' && entries.data.length > auditPageSize;
  const oldestShown = shown[shown.length - 1];
  const canGoNewer = page > 1;
  const caption = fill(t.audit.caption, { page });
  const canGoOlder = hasOlder && !entries.refreshing && oldestShown !== undefined;

  return (
    <>
      <PageHeader title={t.audit.title} intro={t.audit.intro}>
        <Group>
          <ExportMenu path={listExportPaths.audit} filter={{}} />
        </Group>
      </PageHeader>
      {entries.status === 'loading' && <CenteredLoader />}
      {entries.status === 'error' && <ErrorAlert error={entries.error} onRetry={entries.reload} />}
      {entries.status === 'success' && shown.length === 0 && <Text>{t.audit.empty}</Text>}
      {entries.status === 'success' && shown.length > 0 && (
        <>
          <CaptionedTable captionId="audit-caption" caption={caption} busy={entries.refreshing} verticalSpacing="xs">
            <TableHead cells={[t.audit.time, t.audit.actor, t.audit.action, t.audit.entity]} />
            <Table.Tbody>
              {shown.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td className="nowrap">{dateTime(entry.at)}</Table.Td>
                  <Table.Td>{actorOf(entry)}</Table.Td>
                  <Table.Td>{actionName(entry.action, t)}</Table.Td>
                  <Table.Td>{nameOf(entry)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CaptionedTable>
          <ul className="audit-cards" aria-label={caption} aria-busy={entries.refreshing} data-hidden-from="sm">
            {shown.map((entry) => (
              <li key={entry.seq}>
                <Text size="xs" className="secondary-text">
                  {dateTime(entry.at)} · {actorOf(entry)}
                </Text>
                <Text size="sm">
                  <strong>{actionName(entry.action, t)}</strong> — {nameOf(entry)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Group component="nav" aria-label={t.audit.paging} justify="space-between" mt="md">
        {/* aria-disabled instead of disabled: a button that stays focusable keeps the keyboard user's place. */}
        <Button
          variant="default"
          data-disabled={!canGoNewer || undefined}
          aria-disabled={!canGoNewer}
          onClick={() => canGoNewer && setCursors((current) => current.slice(0, -1))}
        >
          {t.audit.newer}
        </Button>
        <Text size="sm" aria-live="polite">
          {fill(t.audit.page, { page })}
        </Text>
        <Button
          variant="default"
          data-disabled={!canGoOlder || undefined}
          aria-disabled={!canGoOlder}
          onClick={() => canGoOlder && setCursors((current) => [...current, oldestShown.seq])}
        >
          {t.audit.older}
        </Button>
      </Group>
    </>
  );
}
