import { List, Paper, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context.js';

/** What is kept, why, how long and whom to ask: shown on the form, before the citizen sends anything. */
export function PrivacyNotice({ municipality }: { municipality: string }) {
  const { t, fill } = useI18n();
  const p = t.complaints.public;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="privacy-title" className="privacy-notice">
      <Title order={2} size="h4" id="privacy-title" mb="xs">
        {p.privacyTitle}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>{p.privacyWhat}</List.Item>
        <List.Item>{p.privacyWhy}</List.Item>
        <List.Item>{p.privacyHow}</List.Item>
        <List.Item>{fill(p.privacyWho, { municipality })}</List.Item>
      </List>
    </Paper>
  );
}
