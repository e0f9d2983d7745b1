import { z } from 'zod';

/** Labels in the three languages. */
export const labelsSchema = z.object({
  nl: z.string().min(1).max(200),
  fr: z.string().min(1).max(200),
  en: z.string().min(1).max(200),
});
export type Labels = z.infer<typeof labelsSchema>;

export const fieldKinds = [
  'text',
  'longtext',
  'number',
  'count',
  'hours',
  'date',
  'category',
  'multi_category',
  'partners',
  'boolean',
  'attachments',
] as const;

/**
 * What a field means to the indicators: `category` is the main classification (meeting kind, activity kind),
 * `quantity` the number that sums (people reached, bikes engraved, visitors), `hours` the time spent,
 * `status` a document's draft/approved state. Every register has at most one field per role.
 */
export const fieldRoles = ['category', 'quantity', 'hours', 'status', 'title'] as const;
export type FieldRole = (typeof fieldRoles)[number];

const fieldOptionSchema = z.object({ value: z.string().regex(/^[a-z0-9_]{1,40}$/), labels: labelsSchema });

const fieldDefinitionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  kind: z.enum(fieldKinds),
  labels: labelsSchema,
  required: z.boolean().default(false),
  role: z.enum(fieldRoles).optional(),
  options: z.array(fieldOptionSchema).max(100).optional(),
});
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;

export const registerTypeDefinitionSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
    labels: labelsSchema,
    /** Registrations of this type span a period (from–until) rather than one day. */
    period: z.boolean().default(false),
    /** Whether a place (point or wijk) is asked for. */
    place: z.enum(['none', 'optional', 'required']).default('optional'),
    fields: z.array(fieldDefinitionSchema).min(1).max(40),
  })
  .superRefine((type, ctx) => {
    const keys = new Set<string>();
    const roles = new Set<string>();
    type.fields.forEach((field, i) => {
      if (keys.has(field.key)) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: 'duplicate field key' });
      }
      keys.add(field.key);
      if (field.role) {
        if (roles.has(field.role)) {
          ctx.addIssue({ code: 'custom', path: ['fields', i, 'role'], message: 'one field per role' });
        }
        roles.add(field.role);
      }
      if ((field.kind === 'category' || field.kind === 'multi_category') && !field.options?.length) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'options'], message: 'a category field needs options' });
      }
      if (field.role === 'quantity' && field.kind !== 'count' && field.kind !== 'number') {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'role'],
          message: 'quantity must be a count or number field',
        });
      }
      if (field.role === 'hours' && field.kind !== 'hours') {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'role'], message: 'hours must be an hours field' });
      }
      if ((field.role === 'category' || field.role === 'status') && field.kind !== 'category') {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'role'],
          message: 'category and status must be category fields',
        });
      }
    });
  });
export type RegisterTypeDefinition = z.infer<typeof registerTypeDefinitionSchema>;

/** Built-in registers are data (a JSON file per feature), read through this schema when their module loads. */
export const registerTypesSchema = z.array(registerTypeDefinitionSchema).superRefine((types, ctx) => {
  const keys = types.map((t) => t.key);
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: 'duplicate register key' });
  });
});

/** A zod schema for the `values` of a registration of this type. */
export function valuesSchemaFor(type: RegisterTypeDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of type.fields) {
    const optionValues = (field.options ?? []).map((o) => o.value);
    let schema: z.ZodType;
    switch (field.kind) {
      case 'text':
        schema = z.string().trim().min(1).max(500);
        break;
      case 'longtext':
        schema = z.string().trim().min(1).max(20_000);
        break;
      case 'number':
        schema = z.number().finite().min(-1e9).max(1e9);
        break;
      case 'count':
        schema = z.number().int().min(0).max(10_000_000);
        break;
      case 'hours':
        schema = z.number().finite().min(0).max(10_000);
        break;
      case 'date':
        schema = z.iso.date();
        break;
      case 'category':
        schema = z.string().refine((v) => optionValues.includes(v), { message: `one of ${optionValues.join(', ')}` });
        break;
      case 'multi_category':
        schema = z
          .array(z.string().refine((v) => optionValues.includes(v), { message: `one of ${optionValues.join(', ')}` }))
          .max(100);
        break;
      case 'partners':
        schema = z.array(z.string().trim().min(1).max(200)).max(100);
        break;
      case 'boolean':
        schema = z.boolean();
        break;
      case 'attachments':
        // Ids of files uploaded first through POST /api/files; the service checks they exist in the municipality.
        schema = z.array(z.uuid()).max(20);
        break;
    }
    shape[field.key] = field.required ? schema : schema.optional().nullable();
  }
  return z.object(shape).strict();
}
