import {
  type CreateUserBody,
  type UpdateUserBody,
  type User,
  userListSchema,
  userSchema,
} from '../../../shared/api/users.schema.js';
import { apiClient } from '../../api/api-client.js';

export const usersApi = {
  list: async (): Promise<User[]> => (await apiClient.request('/api/users', { schema: userListSchema })).users,
  create: (body: CreateUserBody): Promise<User> =>
    apiClient.request('/api/users', { method: 'POST', body, schema: userSchema }),
  update: (id: string, body: UpdateUserBody): Promise<User> =>
    apiClient.request(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: userSchema }),
};
