import { Component, type ReactNode } from 'react';
import { t } from '../lib/i18n/t';

/** One per overlay feature: when TikTok changes a page, that feature shows a message and the rest keep working. */
export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error) {
    console.warn(`[Creator Scout] ${this.props.name} failed:`, error);
  }
  override render() {
    if (this.state.error) {
      return (
        <div data-scout="error" className="rounded border border-rose-300 bg-rose-50 p-2 font-sans text-xs text-rose-800">
          {t('popup.error.stopped', { part: this.props.name, error: this.state.error.message })}
        </div>
      );
    }
    return this.props.children;
  }
}
