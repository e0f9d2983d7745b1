import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LoginBlock } from '../../../shared/api/security.schema.js';
import { useApiQuery, toApiError } from '../../api/use-api-query.js';
import type { ApiError } from '../../api/api-client.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useNotify } from '../../components/use-notify.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { securityApi } from '../auth/security.api.js';
import { TableHead } from '../../components/table-head.js';

/**
 * The administrator's view of current login blocks (their users', and the addresses those came from), each one
 * liftable.
 */
export function LoginBlocksSection() {
  const { t, dateTime, number } = useI18n();
  const notify = useNotify();
  const blocks = useApiQuery(() => securityApi.loginBlocks(), 'login-blocks');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [clearing, setClearing] = useState<string | null>(null);

  const keyOf = (block: LoginBlock) => `${block.kind}|${block.email ?? ''}|${block.address}`;
  const clear = (block: LoginBlock) => {
    setFailure(null);
    setClearing(keyOf(block));
    securityApi.clearLoginBlock({ kind: block.kind, email: block.email, address: block.address }).then(
      () => {
        setClearing(null);
        notify(t.security.blockCleared, 'success');
        blocks.reload();
      },
      (reason: unknown) => {
        setClearing(null);
        setFailure(toApiError(reason));
      },
    );
  };

  return (
    <Stack gap="sm" mt="xl" component="section" aria-labelledby="login-blocks-title">
      <Title order={2} size="h3" id="login-blocks-title">
        {t.security.blocksTitle}
      </Title>
      <Text size="sm">{t.security.blocksIntro}</Text>
      {failure && <ErrorAlert error={failure} />}
      {blocks.status === 'loading' && <CenteredLoader />}
      {blocks.status === 'error' && <ErrorAlert error={blocks.error} onRetry={blocks.reload} />}
      {blocks.status === 'success' && blocks.data.length === 0 && <Text size="sm">{t.security.blocksNone}</Text>}
      {blocks.status === 'success' && blocks.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t.security.blocksTitle}</Table.Caption>
            <TableHead
              cells={[
                t.security.blockWho,
                t.security.blockFrom,
                t.security.blockFailures,
                t.security.blockUntil,
                { label: t.security.blockClear, hidden: true },
              ]}
            />
            <Table.Tbody>
              {blocks.data.map((block) => (
                <Table.Tr key={keyOf(block)}>
                  <Table.Td>
                    {block.kind === 'account'
                      ? `${t.security.blockAccount}: ${block.email ?? ''}`
                      : t.security.blockAddress}
                  </Table.Td>
                  <Table.Td>{block.address}</Table.Td>
                  <Table.Td>{number(block.failures)}</Table.Td>
                  <Table.Td>{dateTime(block.blockedUntil)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      loading={clearing === keyOf(block)}
                      onClick={() => clear(block)}
                    >
                      {t.security.blockClear}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
