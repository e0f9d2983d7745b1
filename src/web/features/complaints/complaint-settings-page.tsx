import { Badge, Button, Checkbox, Group, Modal, NativeSelect, Paper, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { StandardAnswer } from '../../../shared/api/complaints.schema.js';
import {
  type NuisanceCategory,
  nuisanceCategories,
  nuisanceCategoryLabels,
} from '../../../shared/barometer/categories.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { BackLink } from '../../components/back-link.js';
import { DataTable } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSubmit } from '../../lib/use-submit.js';
import { complaintsApi, type StandardAnswerBody } from './complaints.api.js';

const empty: StandardAnswerBody = { category: null, title: '', body: '', active: true };

/** The desk coordinator's settings: the standard answers per category the desk picks in the answer box. */
export function ComplaintSettingsPage() {
  const { t, locale } = useI18n();
  const s = t.complaints.settings;
  const query = useApiQuery(() => complaintsApi.standardAnswers(), 'complaint-standard-answers');
  // null: the modal is closed; an id of '' adds a new answer.
  const [editing, setEditing] = useState<{ id: string; body: StandardAnswerBody } | null>(null);
  const remove = useSubmit(async (answer: StandardAnswer) => {
    await complaintsApi.removeStandardAnswer(answer.id);
    query.reload();
  }, s.removed);
  const categoryName = (category: NuisanceCategory | null) =>
    category ? nuisanceCategoryLabels[category][locale] : s.allCategories;

  return (
    <>
      <BackLink to="/complaints" label={s.back} />
      <PageHeader title={s.title} intro={s.intro}>
        <Button onClick={() => setEditing({ id: '', body: empty })}>{s.add}</Button>
      </PageHeader>
      <Paper withBorder p="md" component="section" aria-label={s.answersTitle}>
        <Text size="sm" mb="sm">
          {s.placeholders}
        </Text>
        {remove.error && <ErrorAlert error={remove.error} />}
        <QueryView query={query}>
          {(answers) => (
            <DataTable
              minWidth={640}
              rows={answers}
              empty={s.empty}
              columns={[
                {
                  key: 'title',
                  header: s.titleLabel,
                  cell: (answer) => (
                    <>
                      {answer.title}{' '}
                      {!answer.active && (
                        <Badge color="gray" variant="light">
                          {s.inactive}
                        </Badge>
                      )}
                    </>
                  ),
                },
                { key: 'category', header: s.categoryLabel, cell: (answer) => categoryName(answer.category) },
                {
                  key: 'body',
                  header: s.bodyLabel,
                  cell: (answer) => (
                    <Text size="sm" lineClamp={2}>
                      {answer.body}
                    </Text>
                  ),
                },
                {
                  key: 'actions',
                  header: '',
                  cell: (answer) => (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() =>
                          setEditing({
                            id: answer.id,
                            body: {
                              category: answer.category,
                              title: answer.title,
                              body: answer.body,
                              active: answer.active,
                            },
                          })
                        }
                      >
                        {s.edit}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={remove.busy}
                        onClick={() => {
                          if (window.confirm(s.removeConfirm)) void remove.run(answer);
                        }}
                      >
                        {s.remove}
                      </Button>
                    </Group>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t.app.close }}
        title={editing?.id ? s.edit : s.add}
        size="lg"
      >
        {editing && (
          <StandardAnswerForm
            key={editing.id || 'new'}
            id={editing.id}
            initial={editing.body}
            onDone={() => {
              setEditing(null);
              query.reload();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}

function StandardAnswerForm({
  id,
  initial,
  onDone,
  onCancel,
}: {
  id: string;
  initial: StandardAnswerBody;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const s = t.complaints.settings;
  const [value, setValue] = useState(initial);
  const submit = useSubmit(
    () => (id ? complaintsApi.updateStandardAnswer(id, value) : complaintsApi.createStandardAnswer(value)),
    s.saved,
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run()) onDone();
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      {submit.error && <ErrorAlert error={submit.error} />}
      <TextInput
        label={s.titleLabel}
        name="title"
        required
        minLength={2}
        maxLength={120}
        value={value.title}
        onChange={(e) => setValue({ ...value, title: e.currentTarget.value })}
      />
      <NativeSelect
        label={s.categoryLabel}
        name="category"
        mt="sm"
        value={value.category ?? ''}
        onChange={(e) => setValue({ ...value, category: (e.currentTarget.value || null) as NuisanceCategory | null })}
        data={[
          { value: '', label: s.allCategories },
          ...nuisanceCategories.map((c) => ({ value: c, label: nuisanceCategoryLabels[c][locale] })),
        ]}
      />
      <Textarea
        label={s.bodyLabel}
        description={s.placeholders}
        name="body"
        mt="sm"
        required
        autosize
        minRows={5}
        maxLength={5000}
        value={value.body}
        onChange={(e) => setValue({ ...value, body: e.currentTarget.value })}
      />
      <Checkbox
        label={s.activeLabel}
        mt="sm"
        checked={value.active}
        onChange={(e) => setValue({ ...value, active: e.currentTarget.checked })}
      />
      <Group mt="md" justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {s.cancel}
        </Button>
        <Button
          type="submit"
          loading={submit.busy}
          disabled={value.title.trim().length < 2 || value.body.trim().length < 5}
        >
          {s.save}
        </Button>
      </Group>
    </form>
  );
}
