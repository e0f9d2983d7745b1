import { Drawer, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useApiQuery } from '../../api/use-api-query.js';
import { CenteredLoader } from '../../components/centered-loader.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { historyLine } from './element-history.js';
import { elementIdOf, elementLabel, type PlanElementRef } from './plan-element.js';
import { planApi } from './plan.api.js';

/** The audited corrections of one plan element, newest first, in a drawer. */
export function ElementHistoryDrawer({ element, onClose }: { element: PlanElementRef | null; onClose: () => void }) {
  const { t, fill } = useI18n();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const title = element ? fill(t.planWorkspace.history.title, { element: elementLabel(element, t, fill) }) : '';
  return (
    <Drawer
      opened={element !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 'lg'}
      title={title}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      {element && <HistoryList elementId={elementIdOf(element)} />}
    </Drawer>
  );
}

function HistoryList({ elementId }: { elementId: string }) {
  const { t, dateTime, locale } = useI18n();
  const words = t.planWorkspace.history;
  const history = useApiQuery(() => planApi.history(elementId), `history:${elementId}`);
  if (history.status === 'loading') return <CenteredLoader />;
  if (history.status === 'error') return <ErrorAlert error={history.error} onRetry={history.reload} />;
  if (history.data.length === 0) return <Text>{words.none}</Text>;
  return (
    <ol className="history-list" aria-label={words.listLabel}>
      {history.data.map((entry, index) => {
        const line = historyLine(entry, locale, t);
        return (
          <li key={`${entry.at}-${index}`}>
            <Text size="xs" className="secondary-text">
              {dateTime(line.at)} · {line.actor ?? words.system}
            </Text>
            <Text size="sm" fw={600}>
              {line.action}
            </Text>
            {line.changes.length > 0 && (
              <Stack gap={4} mt={4}>
                {line.changes.map((change) => (
                  <div key={change.field} className="history-change">
                    <Text size="sm" fw={500}>
                      {change.field}
                    </Text>
                    {change.before !== '' && (
                      <Text size="sm">
                        <span className="history-tag">{words.before}</span>{' '}
                        {change.before === words.empty ? change.before : <del>{change.before}</del>}
                      </Text>
                    )}
                    <Text size="sm">
                      <span className="history-tag">{words.after}</span> <ins>{change.after}</ins>
                    </Text>
                  </div>
                ))}
              </Stack>
            )}
          </li>
        );
      })}
    </ol>
  );
}
