import { describe, expect, it } from 'vitest';
import { complaintAnswerTitle, consultationActionTitle } from './deadline-titles.js';

describe('consultation and desk deadline titles', () => {
  it('names an agreed action in the plan’s language, its description cut at 80 characters', () => {
    const long = 'x'.repeat(100);
    expect(consultationActionTitle('nl', 'Extra patrouille')).toBe('Actie overleg politie–preventie: Extra patrouille');
    expect(consultationActionTitle('fr', 'Patrouille')).toBe(
      'Action de la concertation police–prévention : Patrouille',
    );
    expect(consultationActionTitle('en', long)).toBe(`Police–prevention consultation action: ${'x'.repeat(80)}`);
  });

  it('names the answer a complaint awaits', () => {
    expect(complaintAnswerTitle('nl', 'M-2024-1')).toBe('Antwoord op melding M-2024-1');
    expect(complaintAnswerTitle('fr', 'M-2024-1')).toBe('Réponse au signalement M-2024-1');
  });
});
