import gapsQuery from '../../../queries/CollaborationGaps.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { evidenceList } from '../evidence.js';
import { nameOf, t, term } from '../i18n.js';
import { href } from '../routes.js';

const link = (entity) => (entity ? h('a', { href: href('partners', entity.id) }, nameOf(entity)) : '—');

export async function renderGaps(main, route, current) {
  const { collaborationGaps: gaps, recommendPartners } = await query(gapsQuery);
  if (!current()) return;
  main.replaceChildren(
    h('h2', null, t('gaps')),
    section('sectors', t('sectorGaps'), gaps.sectors, (gap) => [
      h('strong', null, nameOf(gap.sector)), ' — ', gap.guangxiActors.map((actor, i) => [i ? '、' : '', link(actor)])]),
    section('institutions', t('institutionGaps'), gaps.institutions, (gap) => [
      link(gap.institution), ` · ${term(gap.kind)}`, gap.partners.length ? [' — ', gap.partners.map((p, i) => [i ? '、' : '', link(p)])] : null]),
    section('plans', t('planGaps'), gaps.plans, (gap) => [link(gap.from), ` → ${gap.type} → `, link(gap.to)]),
    section('recommendations', t('recommendations'), recommendPartners, (pair) => [
      link(pair.guangxiInstitution), ' ⇄ ', link(pair.greaterBayAreaInstitution), ` · ${t('score')} ${pair.score.toFixed(2)}`]),
  );
}

function section(name, title, lines, head) {
  return h('section', { className: 'gap-section', 'data-section': name, 'aria-labelledby': `gaps-${name}` },
    h('h3', { id: `gaps-${name}` }, `${title} (${lines.length})`),
    h('ol', null, lines.map((line) => h('li', { className: 'gap-line' },
      h('div', null, head(line)),
      h('p', { className: 'explanation' }, line.explanation),
      evidenceList(line.evidence.sources.length ? line.evidence.sources : line.evidence.entities.flatMap((entity) => entity.sources))))));
}
