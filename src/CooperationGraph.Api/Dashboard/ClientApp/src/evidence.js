import { h } from './dom.js';
import { quoteHref } from './routes.js';
import { t } from './i18n.js';

/** The verbatim quotes a line rests on, each a link to its letter opened at the quote; reference works are cited. */
export function evidenceList(sources) {
  const seen = new Set();
  const items = [];
  for (const source of sources ?? []) {
    const key = `${source.document.id}\u0000${source.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(source.quote
      ? h('li', null, h('a', {
          className: 'quote',
          href: quoteHref(source),
          lang: 'zh-CN',
          'aria-label': `${t('openQuote', source.section)}: ${source.quote}`,
        }, `“${source.quote}”`), source.section ? h('span', { className: 'section' }, ` ${source.section}`) : null)
      : h('li', { className: 'citation' }, `${t('citation')}: `, h('span', { lang: 'zh-CN' }, source.document.title ?? source.document.id)));
  }
  return h('ul', { className: 'evidence', 'aria-label': t('evidence') }, items);
}

export function statusBadge(status, term) {
  return h('span', { className: `status status-${status}`, 'data-status': status }, term(status));
}
