import lettersQuery from '../../../queries/Letters.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { statusBadge } from '../evidence.js';
import { nameOf, t, term } from '../i18n.js';
import { href } from '../routes.js';

export async function renderLetters(main, route, current) {
  const id = route.args[0];
  // The list and the letter opened, if any, in one request; a relationship's ends come with their names.
  const { documents, letter } = await query(lettersQuery, { id: id ?? '', withLetter: Boolean(id) });
  if (!current()) return;
  const list = h('nav', { className: 'letter-list', 'aria-label': t('letterList') }, h('ul', null,
    documents.nodes.filter((d) => d.file).map((d) => h('li', null, h('a', {
      href: href('letters', d.id),
      'aria-current': d.id === id ? 'page' : null,
      lang: 'zh-CN',
    }, d.title), h('span', { className: 'muted' }, ` ${d.date?.text ?? ''}`)))));
  const panel = h('aside', { className: 'panel fact-panel', 'aria-live': 'polite', 'aria-label': t('factsHere') });
  main.replaceChildren(h('h2', null, t('letters')), h('div', { className: 'letters' }, list,
    letter ? [letterText(letter, route.params.get('quote'), panel), panel] : null));
  const target = main.querySelector('mark.target');
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
}

/** The letter's text, every quote of a fact it states highlighted; the quote asked for marked as the target. */
function letterText(letter, wanted, panel) {
  const text = letter.text ?? '';
  const byQuote = new Map();
  const add = (fact, sources) => {
    for (const source of sources) {
      if (source.document.id !== letter.id || !source.quote) continue;
      if (!byQuote.has(source.quote)) byQuote.set(source.quote, []);
      byQuote.get(source.quote).push(fact);
    }
  };
  letter.entitiesStated.nodes.forEach((entity) => add({ entity }, entity.sources));
  letter.relationshipsStated.nodes.forEach((relationship) => add({ relationship }, relationship.sources));

  // Each quote is an exact substring of the text; where quotes overlap, a piece carries the facts of all of them.
  const ranges = [];
  for (const [quote, facts] of byQuote) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) ranges.push({ start: at, end: at + quote.length, quote, facts });
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const wantedRange = wanted ? ranges.find((r) => r.quote === wanted) : null;
  const pieces = [];
  let highlights = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = ranges.filter((r) => r.start <= start && r.end >= end);
    const piece = text.slice(start, end);
    if (!covering.length) {
      pieces.push(piece);
      continue;
    }
    highlights++;
    const facts = [...new Set(covering.flatMap((r) => r.facts))];
    const isTarget = wantedRange && wantedRange.start <= start && wantedRange.end >= end;
    const mark = h('mark', {
      tabindex: '0',
      role: 'button',
      className: isTarget ? 'fact target' : 'fact',
      'data-quotes': covering.map((r) => r.quote).join('\u241e'),
      'aria-label': `${piece} (${facts.length})`,
    }, piece);
    const open = () => showFacts(panel, facts, covering.map((r) => r.quote));
    mark.addEventListener('click', open);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    pieces.push(mark);
  }
  const article = h('article', { className: 'letter', 'aria-labelledby': 'letter-title', 'data-document': letter.id },
    h('h3', { id: 'letter-title', lang: 'zh-CN' }, letter.title),
    h('p', { className: 'muted' }, [letter.number, letter.date?.text].filter(Boolean).join(' · '), ' · ', t('facts', highlights)),
    wanted && !wantedRange ? h('p', { className: 'error', role: 'alert' }, t('quoteMissing')) : null,
    h('div', { className: 'letter-text', lang: 'zh-CN' }, pieces));
  if (wantedRange) showFacts(panel, wantedRange.facts, [wantedRange.quote]);
  return article;
}

function showFacts(panel, facts, quotes) {
  panel.replaceChildren(h('h3', null, t('factsHere')),
    h('ul', { className: 'quotes' }, quotes.map((quote) => h('li', { lang: 'zh-CN' }, `“${quote}”`))),
    h('ul', { className: 'facts' }, facts.map((fact) => (fact.entity ? entityFact(fact.entity) : relationshipFact(fact.relationship)))));
}

function entityFact(entity) {
  return h('li', { className: 'fact-entity', 'data-id': entity.id },
    h('a', { href: href('partners', entity.id) }, nameOf(entity)), h('span', { className: 'muted' }, ` ${entity.label} · ${entity.id}`));
}

const end = (entity) => h('a', { href: href('partners', entity.id) }, nameOf(entity));

function relationshipFact(relationship) {
  return h('li', { className: 'fact-relationship', 'data-id': relationship.id },
    h('strong', null, relationship.type), ' ', statusBadge(relationship.status, term), ' ',
    h('span', null, end(relationship.start), ' → ', end(relationship.end)),
    relationship.amount ? h('span', { lang: 'zh-CN' }, ` · ${relationship.amount.text}${relationship.amountPeriod ? ` (${term(relationship.amountPeriod)})` : ''}`) : null,
    relationship.date ? h('span', { lang: 'zh-CN' }, ` · ${relationship.date.text}`) : null,
    relationship.role ? ` · ${relationship.role}` : null);
}
