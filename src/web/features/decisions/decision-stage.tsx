import { Badge } from '@mantine/core';
import { decisionListSchema } from '../../../shared/api/decisions.schema.js';
import { apiClient } from '../../api/api-client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Where a plan version stands in its path: college referral → council approval → submission to the ministry. */
export function DecisionStageBadge({ versionId }: { versionId: string }) {
  const { t, date } = useI18n();
  const w = t.calendar;
  const path = useApiQuery(
    () =>
      apiClient
        .request('/api/decisions', {
          query: { subjectKind: 'plan_version', subjectKey: versionId },
          schema: decisionListSchema,
        })
        .then((r) => r.paths[0] ?? null),
    `decision-stage:${versionId}`,
  );
  if (path.status !== 'success' || !path.data) return null;
  const stage = path.data.stage;
  const word =
    stage === null
      ? w.stageNone
      : { college_referral: w.stageCollege, council_approval: w.stageCouncil, ministry_submission: w.stageMinistry }[
          stage
        ];
  const on = path.data.steps.find((s) => s.step === stage)?.decidedOn;
  return (
    <Badge variant="outline" color={stage === 'ministry_submission' ? 'teal.9' : 'blue.9'} data-testid="decision-stage">
      {`${w.planStage}: ${word}${on ? ` (${date(`${on}T12:00:00Z`)})` : ''}`}
    </Badge>
  );
}
