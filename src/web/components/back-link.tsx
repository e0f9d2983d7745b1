import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';

/** The small "← back" link above a detail page, to the list it was opened from. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
