import type { Messages } from '../messages-type.js';

/** English texts of the own password, login blocks and background-job status. */
export const security: Messages['security'] = {
  changePassword: 'Change password',
  changePasswordTitle: 'Change your password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'New password (again)',
  passwordRule:
    'At least 12 characters. Not a common password, no repetition or sequence (such as aaaa or 1234) and not your e-mail name. A sentence of a few words is strong and easy to remember.',
  mismatch: 'The two new passwords are not the same.',
  required: 'Fill in this field.',
  changed: 'Your password has been changed. Your other sessions and your calendar subscription have ended.',
  save: 'Change password',
  cancel: 'Cancel',
  blocksTitle: 'Blocked logins',
  blocksIntro:
    'After repeated wrong passwords, an e-mail address waits longer and longer from one address; the same account from another address works as usual. Here you see your users’ blocks and can lift them.',
  blocksNone: 'There are no blocks right now.',
  blockAccount: 'Account',
  blockAddress: 'All logins from this address',
  blockWho: 'Who',
  blockFrom: 'From address',
  blockFailures: 'Failed attempts',
  blockUntil: 'Blocked until',
  blockClear: 'Lift',
  blockCleared: 'The block has been lifted.',
  jobProblemTitle: 'A background job failed',
  jobProblemRetention:
    'The retention sweep (a legal duty: erasing personal data past its retention period) failed on its last run. svpp tries again every hour; tell whoever runs the server if this notice stays.',
  jobProblemReminders: 'Sending the deadline reminders failed on its last run. svpp tries again every hour.',
  jobProblemError: 'Error message: {error}',
  jobProblemLastOk: 'Last succeeded: {date}',
  jobProblemNeverOk: 'Never succeeded so far.',
};
