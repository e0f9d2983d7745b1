import { z } from 'zod';
import {
  agreementSchema,
  partnerListSchema,
  partnerSchema,
  type Agreement,
  type Partner,
  type partnerKinds,
} from '../../../shared/api/partners.schema.js';
import { apiClient } from '../../api/api-client.js';
import type { AgreementBody } from './agreement-model.js';

export type PartnerList = z.infer<typeof partnerListSchema>;
export type PartnerKind = (typeof partnerKinds)[number];

export const partnersApi = {
  list: (): Promise<PartnerList> => apiClient.request('/api/partners', { schema: partnerListSchema }),
  addPartner: (body: { name: string; kind: PartnerKind }): Promise<Partner> =>
    apiClient.request('/api/partners', { method: 'POST', body, schema: partnerSchema }),
  addAgreement: (body: AgreementBody): Promise<Agreement> =>
    apiClient.request('/api/agreements', { method: 'POST', body, schema: agreementSchema }),
  review: (id: string, body: { dueOn: string; reviewedOn: string; notes: string }): Promise<Agreement> =>
    apiClient.request(`/api/agreements/${encodeURIComponent(id)}/reviews`, {
      method: 'POST',
      body,
      schema: agreementSchema,
    }),
};
