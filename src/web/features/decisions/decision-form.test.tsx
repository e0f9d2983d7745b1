// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DecisionPath } from '../../../shared/api/decisions.schema.js';
import { I18nProvider } from '../../i18n/i18n-context.js';
import { installDomShims } from '../../testing/render-app.js';
import { theme } from '../../theme.js';
import { type DecisionEdit, DecisionForm } from './decision-form.js';

vi.mock('../subjects/subjects.api.js', () => ({ subjectsApi: { list: () => Promise.resolve([]) } }));

// A plan version whose whole path is recorded: the old form proposed the last step filled with its values.
const done: DecisionPath = {
  subjectKind: 'plan_version',
  subjectKey: 'version-1',
  label: 'Plan 2020–2025',
  year: null,
  steps: [
    { step: 'college_referral', decidedOn: '2020-03-16', reference: 'College 16/03 punt 71', fileId: null },
    { step: 'council_approval', decidedOn: '2020-03-31', reference: 'Raad 31/03 punt 12', fileId: null },
    { step: 'ministry_submission', decidedOn: '2020-04-30', reference: 'Ingediend 30/04', fileId: null },
  ],
  stage: 'ministry_submission',
  next: null,
  due: '2020-04-30',
  dueStep: 'ministry_submission',
};

function renderForm(editing: DecisionEdit | null = null) {
  installDomShims();
  return render(
    <MantineProvider theme={theme} env="test">
      <I18nProvider initial="nl">
        <DecisionForm paths={[done]} editing={editing} onSaved={() => undefined} />
      </I18nProvider>
    </MantineProvider>,
  );
}

afterEach(cleanup);

describe('DecisionForm', () => {
  it('starts a new decision empty, even when every step of the path is recorded', () => {
    renderForm();
    expect(screen.getByRole('heading', { name: 'Beslissing vastleggen' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Datum van de beslissing/u).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(/^Referentie/u).value).toBe('');
  });

  it('fills in the recorded step only when editing it is asked for', () => {
    renderForm({ subjectKey: 'version-1', step: 'council_approval' });
    expect(screen.getByRole('heading', { name: 'Vastgelegde beslissing wijzigen' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Datum van de beslissing/u).value).toBe('31/03/2020'); // the date field shows dd/mm/yyyy;
    expect(screen.getByLabelText<HTMLInputElement>(/^Referentie/u).value).toBe('Raad 31/03 punt 12');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Stap' }).value).toBe('council_approval');
  });
});
