// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardRegisterTypes } from '../../../shared/guards/guard-register-types.js';
import type { Subject } from '../../../shared/subjects/subject.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import { fakeSubject } from '../../testing/fixtures.js';
import { installDomShims } from '../../testing/render-app.js';
import { theme } from '../../theme.js';
import { GuardRecordForm, type RecordDraft } from './guard-record-form.js';

const supervision = guardRegisterTypes.find((type) => type.key === 'supervision')!;
const subject = (id: string, name: string) =>
  fakeSubject(id, name, { typeKey: 'supervision', kind: 'guard_task', key: name, sectionNumber: '11' });
const inbraak = subject('00000000-0000-4000-8000-0000000000a1', 'Toezicht inbraak');
const fiets = subject('00000000-0000-4000-8000-0000000000a2', 'Toezicht fietsdiefstal');

function renderForm(subjects: Subject[], onSave: (draft: RecordDraft) => Promise<void>) {
  installDomShims();
  return render(
    <MantineProvider theme={theme} env="test">
      <I18nProvider initial="nl">
        <GuardRecordForm
          type={supervision}
          subjects={subjects}
          editing={null}
          wijken={null}
          timeZone="Europe/Brussels"
          onSave={onSave}
          onCancel={() => undefined}
        />
      </I18nProvider>
    </MantineProvider>,
  );
}

afterEach(cleanup);

describe('GuardRecordForm', () => {
  it('offers the supervision subjects (kept on the phone) and puts the chosen one on the queued record', async () => {
    const saved: RecordDraft[] = [];
    renderForm([inbraak, fiets], async (draft) => {
      saved.push(draft);
    });
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Waarvoor (onderwerp)' });
    expect([...picker.options].map((option) => option.text)).toEqual([
      'Geen van deze',
      'Toezicht inbraak',
      'Toezicht fietsdiefstal',
    ]);
    expect(picker.value).toBe('');
    fireEvent.change(picker, { target: { value: fiets.id } });
    const placeKind = supervision.fields.find((field) => field.key === 'place_kind')!;
    fireEvent.change(screen.getByRole('combobox', { name: new RegExp(placeKind.labels.nl) }), {
      target: { value: placeKind.options![0]!.value },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.body).toMatchObject({ typeKey: 'supervision', subjectId: fiets.id });
  });

  it('chooses the only subject, and shows no picker without subjects', () => {
    renderForm([inbraak], async () => undefined);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Waarvoor (onderwerp)' }).value).toBe(inbraak.id);
    cleanup();
    renderForm([], async () => undefined);
    expect(screen.queryByRole('combobox', { name: 'Waarvoor (onderwerp)' })).toBeNull();
  });
});
