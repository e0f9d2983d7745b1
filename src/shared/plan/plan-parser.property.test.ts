import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanParseError } from './plan-parse-error.js';
import { parsePlan } from './plan-parser.js';
import { describeTarget } from './targets/describe-target.js';
import { parseTargets } from './targets/parse-targets.js';

const planText = readFileSync(
  fileURLToPath(new URL('../../../samples/plans/mechelen-svpp-2020.txt', import.meta.url)),
  'utf8',
);
const planLines = planText.split('\n');
const lineCount = planLines.length;

/** parsePlan either returns a plan whose warnings point at real lines, or throws a PlanParseError. */
function parsesOrRejects(text: string): boolean {
  try {
    const plan = parsePlan(text);
    const lines = text.split(/\r\n|\r|\n|\f/u).length;
    return (
      plan.sections.length > 0 && plan.warnings.every((w) => Number.isInteger(w.line) && w.line >= 1 && w.line <= lines)
    );
  } catch (error) {
    if (error instanceof PlanParseError) return true;
    throw error;
  }
}

const noise = fc.constantFrom(
  '*',
  '- ',
  'o ',
  '• ',
  '– ',
  '-',
  '',
  '1. ',
  '2.2.1. ',
  '2.2.1.4 ',
  'Resultaten',
  'Indicatoren',
  'Operationele doelstellingen',
  '17. NIEUW FENOMEEN',
  '\u0000',
  '\uFFFD',
  '31/02/2020',
  'minstens ',
  '≥ ',
  '**',
  'Pagina 3 van 9',
  '\t',
  'Voor de Gemeente,',
);

const mutation = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'inject', 'prefix', 'split'),
  at: fc.nat(),
  other: fc.nat(),
  text: noise,
});

function mutate(ops: Array<{ op: string; at: number; other: number; text: string }>): string {
  const lines = [...planLines];
  for (const { op, at, other, text } of ops) {
    if (lines.length === 0) break;
    const i = at % lines.length;
    const j = other % lines.length;
    const line = lines[i] ?? '';
    switch (op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap':
        lines[i] = lines[j] ?? '';
        lines[j] = line;
        break;
      case 'inject':
        lines.splice(i, 0, text);
        break;
      case 'prefix':
        lines[i] = text + line;
        break;
      default:
        lines.splice(i, 1, line.slice(0, j % (line.length + 1)), line.slice(j % (line.length + 1)));
        break;
    }
  }
  return lines.join('\n');
}

describe('parsePlan never throws anything but PlanParseError', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), parsesOrRejects), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), parsesOrRejects), { numRuns: 200 });
  });

  it('on strings built from plan vocabulary', () => {
    const token = fc.oneof(
      noise,
      fc.constantFrom(
        '\n',
        '\n\n',
        ' ',
        'Aantal',
        '3',
        'vanaf 2015',
        'per jaar',
        'DISPOSITIEF COÖRDINATIE',
        '1.1.1. Doel',
      ),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (tokens) => parsesOrRejects(tokens.join(''))),
      { numRuns: 200 },
    );
  });

  it('on the Mechelen plan with lines deleted, duplicated, swapped, split or noise injected', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 30 }), (ops) => parsesOrRejects(mutate(ops))),
      { numRuns: 60 },
    );
  });

  it('on the Mechelen plan with its lines shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(planLines, { minLength: Math.floor(lineCount / 2) }), (lines) =>
        parsesOrRejects(lines.join('\n')),
      ),
      { numRuns: 30 },
    );
  });
});

describe('parseTargets never throws and always yields describable targets', () => {
  const sentence = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          'minstens',
          'au moins',
          '≥',
          '3',
          'drie',
          'trois',
          'een',
          'une',
          '100%',
          '500u',
          'per jaar',
          'par an',
          'vanaf',
          'à partir de',
          '2015',
          '31/12/2021',
          '31 maart 2016',
          'daalt met',
          'diminue de',
          'en',
          'et',
          'Aantal',
          'Bestaan',
          'Jaarlijks',
          'tot',
        ),
      ),
      { maxLength: 16 },
    )
    .map((words) => words.join(' '));

  it('on arbitrary and plan-like sentences', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), sentence),
        fc.constantFrom('nl' as const, 'fr' as const),
        (text, lang) => {
          const targets = parseTargets(text, lang);
          expect(targets.length).toBeGreaterThan(0);
          for (const target of targets) {
            for (const describeLang of ['nl', 'fr', 'en'] as const) {
              expect(describeTarget(target, describeLang).length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
