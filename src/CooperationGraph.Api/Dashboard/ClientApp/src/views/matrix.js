import matrixQuery from '../../../queries/CooperationMatrix.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { evidenceList, statusBadge } from '../evidence.js';
import { nameOf, t, term } from '../i18n.js';
import { href } from '../routes.js';

export async function renderMatrix(main, route, current) {
  const [rowId, columnId] = route.args;
  // Plans count only when asked for, as in the API; `?plans=1` keeps the choice in the link.
  const withPlans = route.params.get('plans') === '1';
  const statuses = withPlans ? { status: ['IMPLEMENTED', 'ONGOING', 'PLANNED'] } : {};
  const suffix = withPlans ? '?plans=1' : '';
  // The matrix and the opened cell, if any, in one request.
  const withCell = Boolean(rowId && columnId);
  const { cooperationMatrix: matrix, matrixCell } = await query(matrixQuery, { ...statuses, row: rowId ?? '', column: columnId ?? '', withCell });
  if (!current()) return;

  const counts = new Map(matrix.cells.map((c) => [`${c.row.id}|${c.column.id}`, c]));
  const most = Math.max(1, ...matrix.cells.map((c) => c.count));
  const table = h('table', { className: 'heatmap', 'aria-describedby': 'matrix-caption' },
    h('caption', { id: 'matrix-caption' }, t('matrixCaption')),
    h('thead', null, h('tr', null, h('td', null), matrix.columns.map((column) => h('th', { scope: 'col', 'data-id': column.id }, nameOf(column))))),
    h('tbody', null, matrix.rows.map((row, r) => h('tr', null,
      h('th', { scope: 'row', 'data-id': row.id }, nameOf(row)),
      matrix.columns.map((column, c) => {
        const entry = counts.get(`${row.id}|${column.id}`);
        const count = entry?.count ?? 0;
        const selected = row.id === rowId && column.id === columnId;
        const button = h('button', {
          type: 'button',
          className: count ? 'cell' : 'cell gap',
          'data-row': row.id,
          'data-column': column.id,
          'data-count': count,
          'data-r': r,
          'data-c': c,
          'aria-label': t('cellLabel', nameOf(row), nameOf(column), count),
          'aria-pressed': String(selected),
          tabindex: r === 0 && c === 0 ? '0' : '-1',
          onclick: () => { window.location.hash = href('matrix', row.id, column.id) + suffix; },
        }, count ? String(count) : t('gap'));
        // The shade only draws the count the API gave: darker for more links.
        if (count) button.style.backgroundColor = `hsl(205, 70%, ${92 - Math.round((count / most) * 55)}%)`;
        if (count / most > 0.5) button.style.color = '#fff';
        return h('td', null, button);
      })))));
  table.addEventListener('keydown', moveFocus);

  const plans = h('label', { className: 'toggle', for: 'matrix-plans' }, h('input', {
    type: 'checkbox',
    id: 'matrix-plans',
    checked: withPlans,
    onchange: (event) => { window.location.hash = href('matrix', ...route.args) + (event.target.checked ? '?plans=1' : ''); },
  }), ` ${t('includePlans')}`);
  main.replaceChildren(...[h('h2', null, t('matrix')), plans, h('div', { className: 'matrix-wrap' }, table), withCell && cellPanel(matrixCell, suffix)].filter(Boolean));
  const focus = table.querySelector('button[aria-pressed="true"]');
  if (focus) {
    table.querySelectorAll('button.cell').forEach((b) => b.setAttribute('tabindex', '-1'));
    focus.setAttribute('tabindex', '0');
  }
}

// Arrow keys move between cells (one tab stop for the whole grid).
function moveFocus(event) {
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const move = moves[event.key];
  const from = event.target.closest('button.cell');
  if (!move || !from) return;
  const next = event.currentTarget.querySelector(`button[data-r="${Number(from.dataset.r) + move[0]}"][data-c="${Number(from.dataset.c) + move[1]}"]`);
  if (!next) return;
  event.preventDefault();
  from.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

const names = (entities) => entities.map((entity, i) => [i ? '、' : '', h('a', { href: href('partners', entity.id) }, nameOf(entity))]);

function cellPanel(cell, suffix) {
  if (!cell) return h('p', { className: 'error', role: 'alert' }, t('noResults'));
  return h('section', { className: 'panel cell-panel', 'aria-labelledby': 'cell-title', 'data-count': cell.count },
    h('h3', { id: 'cell-title' }, t('cellTitle', nameOf(cell.row), nameOf(cell.column)), ` · ${t('cellLabel', nameOf(cell.row), nameOf(cell.column), cell.count).split(/[:：]/).pop()}`),
    h('p', { className: 'explanation' }, cell.explanation),
    h('ol', { className: 'links' }, cell.links.map((link) => h('li', { 'data-link': link.id, className: 'tie' },
      h('strong', null, link.artefact ? nameOf(link.artefact) : term(link.kind)),
      h('span', { className: 'muted' }, ` · ${term(link.kind)} `), statusBadge(link.status, term),
      h('p', { className: 'parties' }, names(link.rowParties), ' ⇄ ', names(link.columnParties)),
      h('p', { className: 'explanation' }, link.explanation),
      h('ul', { className: 'relationships' }, link.relationships.map((relationship) => h('li', { 'data-relationship': relationship.id },
        h('span', null, nameOf(relationship.start), ` → ${relationship.type} → `, nameOf(relationship.end), ' '), statusBadge(relationship.status, term),
        evidenceList(relationship.sources))))))),
    h('p', null, h('a', { href: href('matrix') + suffix }, t('close'))));
}
