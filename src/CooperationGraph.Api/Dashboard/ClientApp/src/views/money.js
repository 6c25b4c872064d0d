import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import moneyQuery from '../../../queries/Money.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { evidenceList, statusBadge } from '../evidence.js';
import { language, nameOf, t, term } from '../i18n.js';
import { href } from '../routes.js';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

const yuan = (value) => (value === null || value === undefined ? '—' : new Intl.NumberFormat(language === 'en' ? 'en' : 'zh-CN').format(value));

export async function renderMoney(main, route, current) {
  const data = await query(moneyQuery);
  if (!current()) return;
  const yearChart = h('div', { className: 'chart', role: 'img', 'aria-label': `${t('money')} · ${t('byYear')}` });
  const blocChart = h('div', { className: 'chart', role: 'img', 'aria-label': `${t('money')} · ${t('byBloc')}` });
  main.replaceChildren(
    h('h2', null, t('money')),
    h('p', { className: 'muted' }, t('moneyNote')),
    h('div', { className: 'charts' },
      h('section', { 'data-section': 'year' }, h('h3', null, t('byYear')), yearChart, bucketTable('year', data.byYear)),
      h('section', { 'data-section': 'bloc' }, h('h3', null, t('byBloc')), blocChart, bucketTable('bloc', data.byBloc))),
    h('section', { 'data-section': 'funds' }, h('h3', null, t('byFund')),
      data.funding.totalCount > data.funding.nodes.length ? h('p', { className: 'muted' }, t('shownOf', data.funding.nodes.length, data.funding.totalCount)) : null,
      fundTable(data.funding.nodes)),
  );
  drawBars(yearChart, data.byYear, data.byYearAndPeriod);
  drawBars(blocChart, data.byBloc);
}

function bucketTable(name, buckets) {
  return h('table', { className: 'buckets', 'data-grouping': name },
    h('thead', null, h('tr', null, [t('key'), t('count'), t('amountSum'), t('duplicates')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, buckets.map((bucket) => h('tr', { 'data-key': bucket.keys[0], 'data-amount': bucket.amountSum ?? '', 'data-count': bucket.count },
      h('th', { scope: 'row' }, term(bucket.keys[0])),
      h('td', null, String(bucket.count)),
      h('td', { className: 'number' }, yuan(bucket.amountSum)),
      h('td', { className: 'number' }, yuan(bucket.possibleDuplicateAmountSum))))));
}

// One bar per bucket; with `byPeriod` (the same buckets split by what an amount covers) the sums stack by period,
// so a yearly amount is never drawn as if it were one-off money. Possible second reports sit on top, apart.
function drawBars(container, buckets, byPeriod) {
  const keys = buckets.map((b) => b.keys[0]);
  const sums = byPeriod
    ? periods.map((period) => ({
        name: period ? t(periodTitle[period]) : t('periodUnknown'),
        data: keys.map((key) => byPeriod.find((b) => b.keys[0] === key && b.keys[1] === (period ?? 'UNKNOWN'))?.amountSum ?? 0),
      })).filter((series) => series.data.some(Boolean))
    : [{ name: t('amountSum'), data: buckets.map((b) => b.amountSum ?? 0) }];
  const chart = echarts.init(container, null, { renderer: 'svg', height: 220 });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 90, right: 10, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: keys.map(term) },
    yAxis: { type: 'value' },
    series: [
      ...sums.map((series) => ({ ...series, type: 'bar', stack: 'amount' })),
      { name: t('duplicates'), type: 'bar', stack: 'amount', data: buckets.map((b) => b.possibleDuplicateAmountSum ?? 0) },
    ],
  });
}

// One-off, per-year and cumulative amounts stand in columns of their own: never added together.
const periods = ['ONE_OFF', 'PER_YEAR', 'CUMULATIVE', null];
const periodTitle = { ONE_OFF: 'oneOff', PER_YEAR: 'perYear', CUMULATIVE: 'cumulative' };

// The funding relationships come largest amount first; each funder's rows stand together, funders in the order of
// their largest amount.
function fundTable(relationships) {
  const byFunder = new Map();
  for (const relationship of relationships) {
    if (!byFunder.has(relationship.start.id)) byFunder.set(relationship.start.id, []);
    byFunder.get(relationship.start.id).push(relationship);
  }
  return h('table', { className: 'funds' },
    h('thead', null, h('tr', null,
      [t('byFund'), t('recipient'), ...periods.map((p) => (p ? t(periodTitle[p]) : t('periodUnknown'))), t('year'), t('status'), t('evidence')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, [...byFunder.values()].flatMap((rows) => rows.map((relationship, index) => h('tr', {
      'data-relationship': relationship.id,
      'data-period': relationship.amountPeriod ?? 'UNKNOWN',
      'data-amount': relationship.amount?.value ?? '',
    },
      index === 0 ? h('th', { scope: 'rowgroup', rowspan: rows.length }, h('a', { href: href('partners', relationship.start.id) }, nameOf(relationship.start))) : null,
      h('td', null, h('a', { href: href('partners', relationship.end.id) }, nameOf(relationship.end))),
      periods.map((period) => h('td', { className: 'number' },
        relationship.amount && (relationship.amountPeriod ?? null) === period ? h('span', { lang: 'zh-CN', title: yuan(relationship.amount.value) }, relationship.amount.text) : '')),
      h('td', null, relationship.date?.text ?? term('UNKNOWN')),
      h('td', null, statusBadge(relationship.status, term)),
      h('td', null, evidenceList(relationship.sources)))))));
}
