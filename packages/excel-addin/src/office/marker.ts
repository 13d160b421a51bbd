/** The worksheet custom property that marks a sheet the add-in made, so a rebuild may replace it. */
export const GENERATED_PROPERTY = { key: 'aifin', value: 'generated' } as const;

/** The comment on every workbook name the add-in made, so a rebuild may replace it. */
export const GENERATED_NAME_COMMENT = 'aifin: generated';
