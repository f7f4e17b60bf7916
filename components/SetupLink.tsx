import { t } from '../lib/i18n/t';
import { ui } from './ui';
import { Icon } from './Icon';

/**
 * "Run setup again": opens the first-run page (entrypoints/welcome). In the popup pass `newTab`: the popup
 * closes when focus leaves it, so the page opens in a tab of its own.
 */
export function SetupLink({ newTab = false, className = '' }: { newTab?: boolean; className?: string }) {
  return (
    <a data-scout="run-setup" href="/welcome.html" className={`${ui.link} inline-flex items-center gap-1 text-sm ${className}`} {...(newTab ? { target: '_blank', rel: 'noreferrer' } : {})}>
      <Icon name="settings" size={14} />
      {t('welcome.rerun')}
    </a>
  );
}
