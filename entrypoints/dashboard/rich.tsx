import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from '../../lib/i18n/t';

/**
 * A message whose slots hold elements (a figure with its data-scout hook) rather than text: the sentence
 * keeps the reader's language's word order, and the figures stay separate elements tests and styles find.
 */
export function rich(key: MessageKey, parts: Record<string, ReactNode>): ReactNode[] {
  return t(key)
    .split(/\{([A-Za-z0-9_]+)\}/)
    .map((piece, i) => <Fragment key={i}>{i % 2 ? (parts[piece] ?? piece) : piece}</Fragment>);
}
