import { useI18n } from '../i18n/i18n-context.js';

export const mainContentId = 'main-content';

/** The first stop of the Tab key: jumps past the header and navigation to the page content. */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${mainContentId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(mainContentId)?.focus();
      }}
    >
      {t.app.skipToContent}
    </a>
  );
}
