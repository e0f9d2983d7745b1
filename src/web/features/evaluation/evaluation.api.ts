import type { z } from 'zod';
import {
  type Evaluation,
  type evaluationInputSchema,
  evaluationListSchema,
  evaluationSchema,
} from '../../../shared/api/evaluation.schema.js';
import { apiClient } from '../../api/api-client.js';

export type EvaluationInput = z.infer<typeof evaluationInputSchema>;
export type EvaluationList = z.infer<typeof evaluationListSchema>;

export const evaluationApi = {
  /**
   * Every operational objective of the plan with its computed status and the evaluator's text for the year (the
   * server's default year when none is given).
   */
  list: (year?: number): Promise<EvaluationList> =>
    apiClient.request('/api/evaluations', { query: { year }, schema: evaluationListSchema }),
  write: (objectiveId: string, year: number, body: EvaluationInput): Promise<Evaluation> =>
    apiClient.request(`/api/evaluations/${encodeURIComponent(objectiveId)}/${year}`, {
      method: 'PUT',
      body,
      schema: evaluationSchema,
    }),
};
