import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Action } from '../../../shared/access/roles.js';
import { PageHeader } from '../../components/page-header.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCan, useMe } from '../auth/session-context.js';
import { OverdueCasesCard } from '../cases/cases-page.js';
import { WorkCards } from './work-cards.js';

/** Greets the user, shows their work (per role, from GET /api/home) and points to what they may open. */
export function HomePage() {
  const { t, fill, date } = useI18n();
  const me = useMe();
  const can = useCan();

  const shortcuts: { to: string; title: string; text: string; action: Action }[] = [
    { to: '/dashboard', title: t.dashboard.nav, text: t.dashboard.homeCard, action: 'plan.read' },
    { to: '/registrations/new', title: t.registrations.new, text: t.registrations.homeCard, action: 'register.write' },
    { to: '/plan', title: t.nav.plan, text: t.home.planCard, action: 'plan.read' },
    { to: '/users', title: t.nav.users, text: t.home.usersCard, action: 'user.read' },
    { to: '/audit', title: t.nav.audit, text: t.home.auditCard, action: 'audit.read' },
  ];
  // A role with nothing to go to (the police) gets no empty "where to" heading.
  const allowed = shortcuts.filter((item) => can(item.action));

  return (
    <>
      <PageHeader title={fill(t.home.greeting, { name: me.user.displayName })}>
        <Text>{fill(t.home.roleIn, { role: t.roles[me.user.role], municipality: me.municipality.name })}</Text>
        <Text>{fill(t.home.today, { date: date(new Date()) })}</Text>
      </PageHeader>
      <WorkCards />
      {can('case.read') && <OverdueCasesCard />}
      {allowed.length > 0 && (
        <Title order={2} size="h3" mb="sm">
          {t.home.shortcutsTitle}
        </Title>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {allowed.map((item) => (
          <Card
            key={item.to}
            withBorder
            radius="md"
            padding="lg"
            component={Link}
            to={item.to}
            className="shortcut-card"
          >
            <Text fw={700} size="lg" className="shortcut-title">
              {item.title}
            </Text>
            <Text size="sm" mt={4}>
              {item.text}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
