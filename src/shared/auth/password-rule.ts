/**
 * The password rule's patterns (pure, shared by the server and the web form): at least 12 characters, not made of
 * a few characters repeated (`aaaaaaaaaaaa`, `abababababab`), not a run of a sequence (`123456789012`,
 * `abcdefghijkl`, `qwertyuiopas`), not the user's own e-mail name. The server also refuses the shipped list of
 * common passwords (features/auth/password-policy.ts).
 */
const passwordMinLength = 12;

export type PasswordWeakness = 'too_short' | 'repeated' | 'sequence' | 'personal' | 'common';

const keyboardRows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'];
const alphabet = 'abcdefghijklmnopqrstuvwxyz';

/** True when the text is a block repeated (`abcabcabc`, `passwordpassword`). */
function isRepeatedBlock(text: string): boolean {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size !== 0) continue;
    if (text.slice(0, size).repeat(text.length / size) === text) return true;
  }
  return false;
}

/** True when every character follows the one before it in one of the sequences (forwards or backwards, wrapping). */
function isSequenceRun(text: string): boolean {
  for (const sequence of [...keyboardRows, alphabet]) {
    for (const direction of [1, -1]) {
      let ok = true;
      for (let i = 1; i < text.length && ok; i++) {
        const previous = sequence.indexOf(text[i - 1] ?? '');
        const current = sequence.indexOf(text[i] ?? '');
        ok = previous >= 0 && current >= 0 && current === (previous + direction + sequence.length) % sequence.length;
      }
      if (ok) return true;
    }
  }
  return false;
}

/**
 * The password's core: lower case, without the digits and signs people put around a word (`Welkom2024!` → `welkom`).
 */
export function passwordCore(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** The first pattern weakness of a password, or null (the common-password list is checked on the server). */
export function passwordPatternWeakness(password: string, email?: string): PasswordWeakness | null {
  if ([...password].length < passwordMinLength) return 'too_short';
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3 || isRepeatedBlock(lower)) return 'repeated';
  if (isSequenceRun(lower)) return 'sequence';
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && (lower.includes(name) || passwordCore(lower) === name)) return 'personal';
  return null;
}
