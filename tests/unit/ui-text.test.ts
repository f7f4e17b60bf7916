import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No UI text written in code: every word a recruiter reads comes from locales/ through t() / tn().
 * Scans every .tsx under components/ and entrypoints/ for JSX text, user-facing attributes and string
 * literals that read as words, and the .ts files that build on-page or browser UI (content scripts,
 * notifications, menus) for text they set.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const DIRS = ['components', 'entrypoints'];

// Names, not words to translate: products and the services recruiters use, and units of code.
const NAMES = new Set(['creator', 'scout', 'tiktok', 'shop', 'seller', 'center', 'csv', 'gmv', 'auc', 'instagram', 'youtube', 'whatsapp', 'utf', 'json', 'url', 'https', 'http', 'www', 'com', 'id', 'ok', 'px', 'vs', 'kb', 'mb']);
const USER_ATTRS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const CODE_ATTRS = new Set(['className', 'key', 'type', 'id', 'name', 'role', 'href', 'rel', 'target', 'htmlFor', 'autoComplete', 'inputMode', 'pattern', 'lang', 'dir', 'method', 'accept', 'src', 'stroke', 'fill', 'viewBox', 'd', 'xmlns', 'tab', 'kind', 'variant', 'icon', 'size', 'tone', 'sort', 'stage', 'form', 'wrap', 'spellCheck', 'enterKeyHint', 'dataKey', 'strokeLinecap', 'strokeLinejoin', 'fillRule', 'clipRule', 'aria-live', 'aria-current', 'aria-sort', 'aria-haspopup', 'aria-controls', 'aria-describedby', 'aria-labelledby', 'aria-hidden', 'aria-invalid', 'aria-busy', 'aria-orientation', 'aria-autocomplete']);
const CODE_CALLS = new Set(['t', 'tn', 'console.log', 'console.warn', 'console.error', 'console.info', 'console.debug', 'require', 'import', 'querySelector', 'querySelectorAll', 'closest', 'getAttribute', 'setAttribute', 'addEventListener', 'removeEventListener', 'createElement', 'matchMedia', 'getElementById', 'where', 'orderBy', 'equals', 'localeCompare', 'includes', 'startsWith', 'endsWith', 'split', 'join', 'replace', 'replaceAll', 'test', 'match', 'exec', 'RegExp', 'send', 'request', 'sendMessage', 'postMessage', 'connect', 'get', 'set', 'has', 'toLocaleString', 'useAction', 'download', 'fetch']);
const TAILWIND_WORDS = new Set(['flex', 'grid', 'block', 'inline', 'hidden', 'truncate', 'italic', 'underline', 'uppercase', 'lowercase', 'capitalize', 'border', 'rounded', 'shadow', 'relative', 'absolute', 'fixed', 'sticky', 'static', 'contents', 'grow', 'shrink', 'transition', 'outline', 'ring', 'table', 'group', 'peer', 'container', 'invisible', 'visible', 'antialiased', 'tabular', 'nums', 'ordinal', 'sans', 'serif', 'mono', 'overline', 'resize', 'collapse', 'isolate']);

const classLike = (s: string) => s.trim().split(/\s+/).every((tok) => /[-:/[\]0-9!]/.test(tok) || TAILWIND_WORDS.has(tok));
/** Words a reader would read: a letter word that is not a product name, outside code-looking strings. */
function readsAsText(s: string): boolean {
  if (!/\p{L}{2,}/u.test(s) || classLike(s)) return false;
  const words = s.match(/\p{L}{2,}/gu) ?? [];
  if (words.every((w) => NAMES.has(w.toLowerCase()))) return false;
  // Identifiers, keys, paths, hosts, MIME types and CSS values: one token with no spaces in camel/snake/kebab case.
  if (!/\s/.test(s) && /^[\w.\-/:#@*=?&%+[\]]+$/.test(s) && !/^\p{Lu}\p{Ll}+$/u.test(s.trim())) return false;
  return true;
}

function callName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return ts.isIdentifier(e.expression) && e.expression.text === 'console' ? `console.${e.name.text}` : e.name.text;
  return '';
}

/** True when a string literal sits where code, not a reader, consumes it. */
function codeContext(node: ts.Node): boolean {
  for (let p = node.parent, child: ts.Node = node; p; child = p, p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p) || ts.isLiteralTypeNode(p)) return true;
    if (ts.isJsxAttribute(p)) {
      const name = p.name.getText();
      return !USER_ATTRS.has(name) && (CODE_ATTRS.has(name) || name.startsWith('data-') || name.startsWith('on') || !name.startsWith('aria-'));
    }
    if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && child !== p.expression) {
      const name = callName(p);
      if (CODE_CALLS.has(name) || name === 'Error') return name !== 'Error';
    }
    if (ts.isPropertyAssignment(p) && child === p.name) return true;
    if (ts.isElementAccessExpression(p) && child === p.argumentExpression) return true;
    if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(p.operatorToken.kind)) return true;
    if (ts.isCaseClause(p) && child === p.expression) return true;
    if (ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p) || ts.isJsxFragment(p)) return false;
    if (ts.isFunctionLike(p) || ts.isSourceFile(p) || ts.isVariableStatement(p)) return false;
  }
  return false;
}

function findings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const at = (n: ts.Node, what: string) => out.push(`${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${JSON.stringify(what.trim().slice(0, 60))}`);
  const tsx = file.endsWith('.tsx');
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && /\p{L}{2,}/u.test(n.text) && readsAsText(n.text)) at(n, n.text);
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !codeContext(n) && readsAsText(n.text)) {
      // In plain .ts only text given to the page or the browser's UI counts (textContent, titles, labels).
      if (tsx || uiSink(n)) at(n, n.text);
    }
    if (ts.isTemplateExpression(n) && !codeContext(n)) {
      const parts = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
      if (readsAsText(parts) && (tsx || uiSink(n))) at(n, parts);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

/** A .ts value given to something a person reads: textContent, a title/label/message property, an aria attribute. */
function uiSink(node: ts.Node): boolean {
  for (let p = node.parent, child: ts.Node = node; p && !ts.isStatement(p); child = p, p = p.parent) {
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && child === p.right) return /\.(textContent|title|ariaLabel|placeholder|innerText|alt)$/.test(p.left.getText());
    if (ts.isPropertyAssignment(p) && child === p.initializer) return ['title', 'message', 'contextMessage', 'label', 'ariaLabel', 'textContent'].includes(p.name.getText());
    if (ts.isCallExpression(p) && callName(p) === 'setAttribute') return /^['"](aria-label|title|placeholder|alt)/.test(p.arguments[0]?.getText() ?? '');
  }
  return false;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });

describe('UI text', () => {
  const files = DIRS.flatMap((d) => walk(join(ROOT, d)));

  it('the scan finds hard-coded text where there is some (self-check)', () => {
    const probe = join(ROOT, 'tests/fixtures/ui-text/HardCoded.tsx');
    expect(findings(probe).map((f) => f.replace(/^\S+:\d+ /, ''))).toEqual(['"Email"', '"Save this creator"', '"Add to pipeline"', '"Nothing yet."', '"followers"']);
  });

  it('no component writes UI text itself: it comes from locales/ through t()', () => {
    const found = files.flatMap(findings);
    expect(found).toEqual([]);
  });
});
