import cytoscape from 'cytoscape';
import entityPlacement from '../../../queries/EntityPlacement.graphql';
import partnersQuery from '../../../queries/Partners.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { evidenceList, statusBadge } from '../evidence.js';
import { nameOf, t, term } from '../i18n.js';
import { href, quoteHref } from '../routes.js';
import { searchBox } from './search.js';

// The partners asked for are the other bloc's: a Guangxi place's partners in the Greater Bay Area, and back.
const otherBloc = { GUANGXI: 'GREATER_BAY_AREA', GREATER_BAY_AREA: 'GUANGXI' };

export async function renderPartners(main, route, current) {
  const id = route.args[0];
  const header = h('div', { className: 'toolbar' }, searchBox());
  if (!id) {
    main.replaceChildren(header, h('p', null, t('pickEntity')));
    return;
  }
  const { node } = await query(entityPlacement, { id });
  if (!node) throw new Error(id);
  const bloc = otherBloc[node.placement?.bloc] ?? null;
  const { partners } = await query(partnersQuery, { of: id, bloc });
  if (!current()) return;

  const title = h('h2', { id: 'partners-title', 'data-entity': node.id }, t('partnersOf', nameOf(node), bloc ? term(bloc) : term('OTHER')));
  const graph = h('div', { className: 'network', role: 'img', 'aria-label': t('network', nameOf(node), partners.length) });
  main.replaceChildren(header, title, partners.length ? graph : h('p', null, t('partnersNone')), partnerList(partners));
  if (partners.length) drawNetwork(graph, node, partners);
}

function partnerList(partners) {
  const byKind = new Map();
  for (const tie of partners) {
    if (!byKind.has(tie.kind)) byKind.set(tie.kind, []);
    byKind.get(tie.kind).push(tie);
  }
  return h('div', { className: 'partner-groups' }, [...byKind].map(([kind, ties]) => h('section', { 'data-kind': kind },
    h('h3', null, `${term(kind)} (${ties.length})`),
    h('table', { className: 'ties' },
      h('thead', null, h('tr', null, [t('partner'), t('local'), t('artefact'), t('types'), t('status'), t('evidence')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, ties.map((tie) => h('tr', { 'data-partner': tie.partner.id, 'data-status': tie.status },
        h('td', null, h('a', { href: href('partners', tie.partner.id) }, nameOf(tie.partner))),
        h('td', null, nameOf(tie.local)),
        h('td', null, tie.artefact ? nameOf(tie.artefact) : '—'),
        h('td', null, tie.relationshipTypes.join(', ')),
        h('td', null, statusBadge(tie.status, term)),
        h('td', null, evidenceList(tie.evidence)))))))));
}

const statusLine = { IMPLEMENTED: 'solid', ONGOING: 'dashed', PLANNED: 'dotted' };
const statusColour = { IMPLEMENTED: '#1b7f3b', ONGOING: '#c27c0e', PLANNED: '#6b6bd6' };

function drawNetwork(container, centre, partners) {
  const nodes = new Map([[centre.id, { id: centre.id, label: nameOf(centre), role: 'centre' }]]);
  const edges = [];
  partners.forEach((tie, index) => {
    if (!nodes.has(tie.local.id)) nodes.set(tie.local.id, { id: tie.local.id, label: nameOf(tie.local), role: 'local' });
    if (!nodes.has(tie.partner.id)) nodes.set(tie.partner.id, { id: tie.partner.id, label: nameOf(tie.partner), role: 'partner' });
    if (tie.local.id !== centre.id && !edges.some((edge) => edge.id === `in:${tie.local.id}`)) {
      edges.push({ id: `in:${tie.local.id}`, source: centre.id, target: tie.local.id, role: 'placement' });
    }
    const quoted = tie.evidence.find((source) => source.quote);
    edges.push({
      id: `tie:${index}`,
      source: tie.local.id,
      target: tie.partner.id,
      status: tie.status,
      letter: quoted ? quoteHref(quoted) : '',
    });
  });
  const cy = cytoscape({
    container,
    elements: [...[...nodes.values()].map((data) => ({ data })), ...edges.map((data) => ({ data }))],
    // Rings: the place or body asked about in the middle, its local actors around it, their partners outside.
    layout: { name: 'concentric', concentric: (node) => ({ centre: 3, local: 2, partner: 1 })[node.data('role')], levelWidth: () => 1, minNodeSpacing: 60, padding: 30, animate: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120, 'background-color': '#4a78b5', width: 14, height: 14 } },
      { selector: 'node[role = "centre"]', style: { 'background-color': '#b5452b', width: 22, height: 22, 'font-weight': 'bold' } },
      { selector: 'node[role = "local"]', style: { 'background-color': '#d98b5f' } },
      { selector: 'edge', style: { width: 2.5, 'curve-style': 'bezier' } },
      ...Object.entries(statusLine).map(([status, line]) => ({
        selector: `edge[status = "${status}"]`,
        style: { 'line-style': line, 'line-color': statusColour[status] },
      })),
      { selector: 'edge[role = "placement"]', style: { 'line-color': '#bbb', width: 1, label: '' } },
    ],
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'edge', (event) => {
    const letter = event.target.data('letter');
    if (letter) window.location.hash = letter;
  });
  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    if (id !== centre.id) window.location.hash = href('partners', id);
  });
}
