import { userErrors } from '@aifin/core';

/** The file formats `aifin export` writes. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * Parses `--format` values, each a comma-separated list, into distinct formats in the order given.
 * @example parseFormats(['xlsx,csv', 'json']) // ['xlsx', 'csv', 'json']
 */
export const parseFormats = (values: readonly string[]): readonly ExportFormat[] => {
  const formats: ExportFormat[] = [];
  for (const value of values.flatMap((v) => v.split(','))) {
    const format = value.trim().toLowerCase();
    if (!isExportFormat(format)) throw userErrors.format(value, EXPORT_FORMATS);
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw userErrors.format(values.join(','), EXPORT_FORMATS);
  return formats;
};
