import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Props of {@link PaneSection}. */
export interface PaneSectionProps {
  /** The id of the section's heading, which labels the section for screen readers. */
  readonly id: string;
  readonly title: ReactNode;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Fluent's typography components keep the browser's heading margins when rendered as h2.
  heading: { margin: 0 },
});

/**
 * One titled part of the pane (Preview, What if, Sensitivity and risk): an h2 that labels its section.
 * @example <PaneSection id="preview-title" title="Preview: base"><PreviewPanel … /></PaneSection>
 */
export function PaneSection({ id, title, children }: PaneSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
