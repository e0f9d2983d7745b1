import { Button, Menu } from '@mantine/core';
import { Fragment } from 'react';
import { type Locale, locales } from '../../../shared/i18n/locale.js';
import type { ReportFormat } from '../../../shared/reports/report-document.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The yearly deliverables offered on the evaluation page. */
export const evaluationReportKinds = ['evaluation', 'activity'] as const;
export type EvaluationReportKind = (typeof evaluationReportKinds)[number];
const formats: readonly ReportFormat[] = ['docx', 'pdf', 'xlsx'];

/** The download address of a report (GET /api/reports/:kind) of a year, in a format and a language. */
export function reportUrl(
  kind: EvaluationReportKind,
  options: { year: number; format: ReportFormat; lang: Locale; versionId?: string | null | undefined },
): string {
  const params = new URLSearchParams({ year: String(options.year), format: options.format, lang: options.lang });
  if (options.versionId) params.set('versionId', options.versionId);
  return `/api/reports/${kind}?${params.toString()}`;
}

/**
 * The evaluation and activity reports of the shown year as DOCX, PDF or XLSX in Dutch, French or English: plain
 * links, so the browser saves the file under the name the server gives it (Content-Disposition). The user's own
 * language comes first.
 */
export function ReportDownloads({ year, versionId }: { year: number; versionId?: string | null | undefined }) {
  const { t, fill, locale } = useI18n();
  const words = t.downloads;
  const languages: Locale[] = [locale, ...locales.filter((other) => other !== locale)];
  const kindWords: Record<EvaluationReportKind, string> = {
    evaluation: words.reportEvaluation,
    activity: words.reportActivity,
  };
  return (
    // No focus placeholder (axe: a menu may hold menu items only), and tabbable items: the list scrolls, and a
    // scrolling region needs content the keyboard can reach.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false} menuItemTabIndex={0}>
      <Menu.Target>
        <Button variant="default" aria-label={fill(words.reportsLabel, { year })}>
          {words.reportsButton}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        {evaluationReportKinds.map((kind, index) => (
          <Fragment key={kind}>
            {index > 0 && <Menu.Divider />}
            <Menu.Label>{kindWords[kind]}</Menu.Label>
            {formats.flatMap((format) =>
              languages.map((lang) => (
                <Menu.Item
                  key={`${kind}-${format}-${lang}`}
                  component="a"
                  href={reportUrl(kind, { year, format, lang, versionId })}
                  download
                >
                  {fill(words.reportItem, {
                    kind: kindWords[kind],
                    format: words[format],
                    language: words.languages[lang],
                  })}
                </Menu.Item>
              )),
            )}
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
