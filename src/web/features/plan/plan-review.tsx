import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PlanTree } from '../../../shared/api/plan.schema.js';
import { CardHeading } from '../../components/card-heading.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { locateWarning } from './plan-tree-filter.js';
import { planApi } from './plan.api.js';

interface PlanReviewProps {
  tree: PlanTree;
  onReveal: (elementId: string) => void;
  onConfirmed: () => void;
  onDiscarded: () => void;
}

type Decision = 'confirm' | 'discard';

/**
 * A draft's review: the parser's warnings with their line numbers (a button leads to the element a warning names),
 * then confirm or discard, each behind a confirmation dialog.
 */
export function PlanReview({ tree, onReveal, onConfirmed, onDiscarded }: PlanReviewProps) {
  const { t, fill } = useI18n();
  const words = t.planWorkspace.review;
  const { version } = tree;
  const [decision, setDecision] = useState<Decision | null>(null);
  const {
    run,
    busy,
    error: failure,
  } = useSubmit(
    async (chosen: Decision) => {
      await (chosen === 'confirm' ? planApi.confirm(version.id) : planApi.discard(version.id));
      setDecision(null);
      if (chosen === 'confirm') onConfirmed();
      else onDiscarded();
      return chosen;
    },
    (chosen) =>
      fill(chosen === 'confirm' ? words.confirmed : words.discarded, {
        label: version.label,
        version: version.versionNo,
      }),
  );

  const decide = () => {
    if (decision) void run(decision);
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className="plan-review"
      component="section"
      aria-labelledby="plan-review-title"
    >
      <CardHeading id="plan-review-title" order={3} title={words.title} intro={words.intro} />
      {version.warnings.length === 0 ? (
        <Text size="sm" mt="sm">
          {words.noWarnings}
        </Text>
      ) : (
        <>
          <Text size="sm" fw={600} mt="sm" id="plan-warnings-title">
            {fill(words.warnings, { count: version.warnings.length })}
          </Text>
          <Text size="xs" className="secondary-text">
            {words.warningsLanguage}
          </Text>
          <ol className="warning-list" aria-labelledby="plan-warnings-title">
            {version.warnings.map((warning, index) => {
              const target = locateWarning(warning.message, tree.sections);
              return (
                <li key={`${warning.line}-${index}`}>
                  <Text size="sm" component="span" fw={600} className="nowrap">
                    {fill(words.line, { line: warning.line })}
                  </Text>{' '}
                  <Text size="sm" component="span" lang="en">
                    {warning.message}
                  </Text>
                  {target && (
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      ml={4}
                      onClick={() => onReveal(target)}
                      aria-label={fill(words.showLabel, { line: warning.line })}
                    >
                      {words.show}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <Group mt="md" gap="sm">
        <Button onClick={() => setDecision('confirm')}>{words.confirm}</Button>
        <Button variant="outline" color="red.9" onClick={() => setDecision('discard')}>
          {words.discard}
        </Button>
      </Group>

      <Modal
        opened={decision !== null}
        onClose={() => !busy && setDecision(null)}
        title={
          decision === 'discard'
            ? fill(words.discardTitle, { version: version.versionNo })
            : fill(words.confirmTitle, { version: version.versionNo })
        }
        closeButtonProps={{ 'aria-label': t.app.close }}
      >
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure} />}
          <Text size="sm">{decision === 'discard' ? words.discardText : words.confirmText}</Text>
          {decision === 'confirm' && version.warnings.length > 0 && (
            <Text size="sm">{fill(words.confirmWarnings, { count: version.warnings.length })}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDecision(null)} disabled={busy}>
              {words.cancel}
            </Button>
            {decision === 'discard' ? (
              <Button color="red.9" loading={busy} onClick={decide}>
                {words.discardYes}
              </Button>
            ) : (
              <Button loading={busy} onClick={decide}>
                {words.confirmYes}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
