import { Anchor, AppShell, Box, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { Action } from '../../shared/access/roles.js';
import { useCan, useMe } from '../features/auth/session-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Messages } from '../i18n/messages.js';
import { LanguageSwitch } from './language-switch.js';
import { SkipLink, mainContentId } from './skip-link.js';
import { UserMenu } from './user-menu.js';
import { SearchBox } from '../features/search/search-box.js';

interface NavItem {
  to: string;
  label: (t: Messages) => string;
  /** The policy action needed to see the item; none = everyone signed in. */
  action?: Action;
}

const navItems: NavItem[] = [
  { to: '/', label: (t) => t.nav.home },
  { to: '/dashboard', label: (t) => t.dashboard.nav, action: 'plan.read' },
  { to: '/registrations', label: (t) => t.registrations.nav, action: 'register.read' },
  { to: '/plan', label: (t) => t.nav.plan, action: 'plan.read' },
  { to: '/evaluation', label: (t) => t.evaluation.navLabel, action: 'plan.read' },
  { to: '/subjects', label: (t) => t.subjects.nav, action: 'plan.read' },
  { to: '/finance', label: (t) => t.finance.nav, action: 'finance.read' },
  { to: '/calendar', label: (t) => t.calendar.nav, action: 'calendar.read' },
  { to: '/partners', label: (t) => t.partners.nav, action: 'partner.read' },
  { to: '/guard', label: (t) => t.guards.appNav, action: 'guard.app' },
  { to: '/guards', label: (t) => t.guards.nav, action: 'guard.coordinate' },
  { to: '/complaints', label: (t) => t.complaints.nav, action: 'complaint.read' },
  { to: '/consultations', label: (t) => t.consultations.nav, action: 'consultation.read' },
  { to: '/barometer', label: (t) => t.barometer.nav, action: 'barometer.read' },
  { to: '/cases', label: (t) => t.cases.nav, action: 'case.read' },
  { to: '/enforcement', label: (t) => t.enforcement.nav, action: 'enforcement.statistics.read' },
  { to: '/users', label: (t) => t.nav.users, action: 'user.read' },
  { to: '/audit', label: (t) => t.nav.audit, action: 'audit.read' },
];

const navbarId = 'main-navigation';

/** The signed-in frame: header (name, municipality, language, user menu), navigation, main content. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const can = useCan();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the `sm` breakpoint the navigation slides away; hidden, it must not take keyboard focus either.
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a navigation, close the phone menu and put the focus at the start of the new page.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname, close]);

  const isActive = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t.nav.closeMenu : t.nav.openMenu}
              aria-expanded={opened}
              aria-controls={navbarId}
            />
            <Anchor component={Link} to="/" fw={800} fz="xl" c="inherit" underline="never" className="app-name">
              {t.app.name}
            </Anchor>
            <Text visibleFrom="sm" className="municipality-name">
              {me.municipality.name}
            </Text>
          </Group>
          {/* The search reads what the department reads; the police read the barometer only. */}
          {can('plan.read') && (
            <Box visibleFrom="sm" style={{ flex: 1, minWidth: 0, display: 'flex', justifyContent: 'center' }}>
              <SearchBox />
            </Box>
          )}
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id={navbarId}
        style={{ overflowY: 'auto' }}
        aria-label={t.nav.label}
        inert={isPhone && !opened}
      >
        <Text hiddenFrom="sm" fw={600} mb="xs" className="municipality-name">
          {me.municipality.name}
        </Text>
        {/* On a phone the header has no room for the search: it opens with the menu. */}
        {can('plan.read') && isPhone && (
          <Box mb="sm">
            <SearchBox />
          </Box>
        )}
        {navItems
          .filter((item) => item.action === undefined || can(item.action))
          .map((item) => {
            const active = isActive(item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label(t)}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="filled"
              />
            );
          })}
      </AppShell.Navbar>

      <AppShell.Main id={mainContentId} ref={mainRef} tabIndex={-1} className="main-content">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
