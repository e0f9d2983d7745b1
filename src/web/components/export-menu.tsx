import { Button, Menu, Text } from '@mantine/core';
import { listExportFormats, type ListExportFormat, maxExportRows } from '../../shared/api/list-export.schema.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A filter value as a list page holds it; empty values are left out of the address. */
export type ExportFilter = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The download address of a list's export: its filters, the format and the language of the headers. */
export function exportUrl(path: string, filter: ExportFilter, format: ListExportFormat, lang: Locale): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  params.set('format', format);
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}

/**
 * The export of a list with the filters on screen, as CSV or XLSX: plain links, so the browser downloads the file
 * under the name the server gives it. With `total` known and above the cap, the menu says so instead of failing.
 */
export function ExportMenu({
  path,
  filter,
  total,
}: {
  path: string;
  filter: ExportFilter;
  total?: number | undefined;
}) {
  const { t, fill, locale, number } = useI18n();
  const words = t.downloads;
  const tooMany = total !== undefined && total > maxExportRows;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={words.exportLabel} title={words.exportHint}>
          {words.exportButton}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {tooMany ? (
          <Text size="sm" p="xs" maw={280} role="status">
            {fill(words.tooMany, { max: number(maxExportRows) })}
          </Text>
        ) : (
          listExportFormats.map((format) => (
            <Menu.Item key={format} component="a" href={exportUrl(path, filter, format, locale)} download>
              {words[format]}
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
