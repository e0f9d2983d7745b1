import { Button, Menu } from '@mantine/core';
import type { IndicatorTableFormat } from '../../../shared/api/indicator-table.schema.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { useI18n } from '../../i18n/i18n-context.js';

const formats: IndicatorTableFormat[] = ['xlsx', 'csv', 'json'];

/** The download address of the indicator table (GET /api/indicators/table) of a year, in a language. */
export function indicatorTableUrl(year: number, format: IndicatorTableFormat, lang: Locale): string {
  return `/api/indicators/table?${new URLSearchParams({ year: String(year), format, lang }).toString()}`;
}

/** A menu that downloads the indicator table of the shown year as XLSX, CSV or JSON, in the user's language. */
export function IndicatorTableDownload({ year }: { year: number }) {
  const { t, fill, locale } = useI18n();
  const words = t.dashboard.tableDownload;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={fill(words.label, { year })} title={words.hint}>
          {words.button}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((format) => (
          <Menu.Item key={format} component="a" href={indicatorTableUrl(year, format, locale)} download>
            {words[format]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
