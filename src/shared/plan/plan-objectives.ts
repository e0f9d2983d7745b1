/**
 * The objectives of one section: general (`n.1.x`), strategic (`n.2.x`) and, per strategic
 * objective, the operational objectives with their results and indicators. Handles the PDF habit
 * of printing an operational objective's title as the last bullet of the previous indicator list.
 */
import { buildItems, continuesItem, joinText } from './plan-lines.js';
import type { Item, PlanLine } from './plan-lines.js';
import type { SectionSpan, Warn } from './plan-sections.js';

export interface RawIndicator {
  text: string;
  line: number;
}
interface RawOperational {
  number: string;
  title: string;
  line: number;
  results: string[];
  indicators: RawIndicator[];
}
interface RawStrategic {
  number: string;
  title: string;
  line: number;
  operational: RawOperational[];
}
interface RawGeneral {
  number: string;
  title: string;
  line: number;
}
export interface RawSection {
  number: string;
  title: string;
  line: number;
  description: string | null;
  general: RawGeneral[];
  strategic: RawStrategic[];
}

type SegmentKind = 'start' | 'operational' | 'results' | 'indicators' | 'numbered';
interface Segment {
  kind: SegmentKind;
  marker: PlanLine | null;
  lines: PlanLine[];
}

function splitSegments(block: readonly PlanLine[]): Segment[] {
  const segments: Segment[] = [{ kind: 'start', marker: null, lines: [] }];
  for (const line of block) {
    if (line.kind === 'operational' || line.kind === 'results' || line.kind === 'indicators') {
      segments.push({ kind: line.kind, marker: line, lines: [] });
    } else if (line.kind === 'operational-numbered') {
      segments.push({ kind: 'numbered', marker: line, lines: [] });
    } else {
      segments.at(-1)?.lines.push(line);
    }
  }
  return segments;
}

/** Join a title's wrapped continuation lines (the lines right after it) into the title. */
function extendTitle(title: string, following: readonly PlanLine[]): { title: string; rest: PlanLine[] } {
  let text = title;
  let blank = false;
  let i = 0;
  for (; i < following.length; i += 1) {
    const line = following[i];
    if (line === undefined) {
      break;
    }
    if (line.kind === 'blank' || line.kind === 'noise') {
      blank = blank || line.kind === 'blank';
      continue;
    }
    if (line.bullet !== 'none' || !continuesItem(text, line.text, blank)) {
      break;
    }
    text = joinText(text, line.text);
    blank = false;
  }
  return { title: text, rest: following.slice(i) };
}

function titleFrom(items: Item[], warn: Warn): string {
  if (items.length > 1) {
    warn(items[0]?.line ?? 1, `operational objective title spread over ${items.length} items; joined into one title`);
  }
  return items.map((item) => item.text).join(' ');
}

class OperationalBuilder {
  readonly done: RawOperational[] = [];
  private current: RawOperational | null = null;
  private pending: Item[] | null = null;

  constructor(
    private readonly so: RawStrategic,
    private readonly warn: Warn,
  ) {}

  title(items: Item[]): void {
    this.pending = items;
  }

  results(marker: PlanLine, items: Item[]): void {
    let title = '';
    let line = marker.no;
    if (this.pending !== null && this.pending.length > 0) {
      title = titleFrom(this.pending, this.warn);
      line = this.pending[0]?.line ?? line;
    } else if (this.current !== null && this.current.indicators.length > 0) {
      // The title printed as the last bullet of the previous indicator list.
      const moved = this.current.indicators.pop();
      title = moved?.text ?? '';
      line = moved?.line ?? line;
    } else {
      this.warn(marker.no, `strategic objective ${this.so.number}: results without an operational objective title`);
    }
    this.pending = null;
    this.current = { number: '', title, line, results: items.map((i) => i.text), indicators: [] };
    this.done.push(this.current);
  }

  indicators(marker: PlanLine, items: Item[]): void {
    if (this.pending !== null && this.pending.length > 0) {
      this.warn(
        marker.no,
        `operational objective "${titleFrom(this.pending, () => undefined).slice(0, 60)}" has no results`,
      );
      this.current = {
        number: '',
        title: titleFrom(this.pending, this.warn),
        line: this.pending[0]?.line ?? marker.no,
        results: [],
        indicators: [],
      };
      this.done.push(this.current);
      this.pending = null;
    } else if (this.current === null) {
      this.warn(marker.no, `strategic objective ${this.so.number}: indicators without an operational objective`);
      this.current = { number: '', title: '', line: marker.no, results: [], indicators: [] };
      this.done.push(this.current);
    } else if (this.current.indicators.length > 0) {
      this.warn(marker.no, `a second indicator list for "${this.current.title.slice(0, 60)}"; appended`);
    }
    this.current.indicators.push(...items.map((i) => ({ text: i.text, line: i.line })));
  }

  finish(): RawOperational[] {
    if (this.pending !== null && this.pending.length > 0) {
      this.warn(
        this.pending[0]?.line ?? this.so.line,
        `text "${titleFrom(this.pending, () => undefined).slice(0, 60)}" after the last indicators of ${this.so.number} has no results or indicators; ignored`,
      );
    }
    return this.done;
  }
}

function parseStrategicBlock(so: RawStrategic, block: readonly PlanLine[], warn: Warn): void {
  const segments = splitSegments(block);
  const builder = new OperationalBuilder(so, warn);
  const hasOperationalMarker = segments.some((s) => s.kind === 'operational' || s.kind === 'numbered');
  segments.forEach((segment, index) => {
    const items = buildItems(segment.lines);
    switch (segment.kind) {
      case 'start': {
        const extended = extendTitle(so.title, segment.lines);
        so.title = extended.title;
        const rest = buildItems(extended.rest);
        if (rest.length > 0 && hasOperationalMarker && segments[index + 1]?.kind !== 'results') {
          warn(
            rest[0]?.line ?? so.line,
            `text under strategic objective ${so.number} before its operational objectives ignored`,
          );
        } else if (rest.length > 0) {
          builder.title(rest);
        }
        break;
      }
      case 'operational':
        builder.title(items);
        break;
      case 'numbered': {
        const marker = segment.marker;
        const extended = extendTitle(marker?.title ?? '', segment.lines);
        const title: Item = { text: extended.title, line: marker?.no ?? so.line, bullet: 'none' };
        const extra = buildItems(extended.rest);
        if (extra.length > 0) {
          warn(
            extra[0]?.line ?? title.line,
            `text after operational objective "${title.text.slice(0, 40)}" before its results ignored`,
          );
        }
        builder.title([title]);
        break;
      }
      case 'results':
        builder.results(segment.marker ?? block[0] ?? ({ no: so.line } as PlanLine), items);
        break;
      case 'indicators':
        builder.indicators(segment.marker ?? ({ no: so.line } as PlanLine), items);
        break;
    }
  });
  so.operational = builder.finish();
  so.operational.forEach((oo, index) => {
    oo.number = `${so.number}.${index + 1}`;
    if (oo.title === '') {
      warn(oo.line, `operational objective ${oo.number} has no title`);
    }
    if (oo.results.length === 0) {
      warn(oo.line, `operational objective ${oo.number} has no results`);
    }
    if (oo.indicators.length === 0) {
      warn(oo.line, `operational objective ${oo.number} has no indicators`);
    }
    const results = new Set(oo.results.map(normalise));
    for (const indicator of oo.indicators) {
      if (results.has(normalise(indicator.text))) {
        warn(
          indicator.line,
          `indicator of ${oo.number} repeats a result word for word; check whether it is an indicator`,
        );
      }
    }
  });
  if (so.operational.length === 0) {
    warn(so.line, `strategic objective ${so.number} has no operational objectives`);
  }
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s.;:,]+$/u, '');
}

/** Read the objectives of one section from its lines. */
export function parseSectionObjectives(lines: readonly PlanLine[], span: SectionSpan, warn: Warn): RawSection {
  const headingLine = span.headingIndex === null ? undefined : lines[span.headingIndex];
  const descriptionLines = lines.slice(
    span.headingIndex === null ? span.firstStructure : span.headingIndex + 1,
    span.firstStructure,
  );
  const description = buildItems(descriptionLines)
    .map((item) => item.text)
    .join('\n');
  const section: RawSection = {
    number: String(span.number),
    title: span.title,
    line: headingLine?.no ?? lines[span.firstStructure]?.no ?? 1,
    description: description === '' ? null : description,
    general: [],
    strategic: [],
  };
  let mode: 'general' | 'strategic' | null = null;
  let currentSo: RawStrategic | null = null;
  let block: PlanLine[] = [];
  let generalTail: PlanLine[] = [];
  const flush = () => {
    if (currentSo !== null) {
      parseStrategicBlock(currentSo, block, warn);
    }
    const lastGeneral = section.general.at(-1);
    if (lastGeneral !== undefined && generalTail.length > 0) {
      const extended = extendTitle(lastGeneral.title, generalTail);
      lastGeneral.title = extended.title;
      const stray = buildItems(extended.rest);
      if (stray.length > 0) {
        warn(stray[0]?.line ?? lastGeneral.line, `text after general objective ${lastGeneral.number} ignored`);
      }
    }
    currentSo = null;
    block = [];
    generalTail = [];
  };
  for (let i = span.firstStructure; i < span.end; i += 1) {
    const line = lines[i];
    if (line === undefined) {
      continue;
    }
    const n = line.numbers[0];
    if (
      (line.kind === 'general-head' || line.kind === 'strategic-head' || line.kind === 'objective') &&
      n !== undefined &&
      n !== span.number
    ) {
      warn(line.no, `number ${line.numbers.join('.')} does not belong to section ${span.number}`);
    }
    if (line.kind === 'general-head' || line.kind === 'strategic-head') {
      flush();
      mode = line.kind === 'general-head' ? 'general' : 'strategic';
    } else if (line.kind === 'objective') {
      flush();
      const level = line.numbers[1];
      const kind = level === 1 ? 'general' : level === 2 ? 'strategic' : mode;
      if (level !== 1 && level !== 2) {
        warn(
          line.no,
          `objective number ${line.numbers.join('.')} is neither n.1.x nor n.2.x; read as ${kind ?? 'strategic'}`,
        );
      }
      const number = line.numbers.join('.');
      if (kind === 'general') {
        section.general.push({ number, title: line.title, line: line.no });
        generalTail = [];
      } else {
        currentSo = { number, title: line.title, line: line.no, operational: [] };
        section.strategic.push(currentSo);
      }
    } else if (currentSo !== null) {
      block.push(line);
    } else if (section.general.length > 0 && mode !== 'strategic') {
      generalTail.push(line);
    } else if (line.kind !== 'blank' && line.kind !== 'noise' && line.text !== '') {
      warn(line.no, `text outside any objective of section ${span.number} ignored`);
    }
  }
  flush();
  return section;
}
