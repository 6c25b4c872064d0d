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
    h('section', { 'data-section': 'funds' }, h('h3', null, t('byFund')), fundTable(data.funders.nodes)),
  );
  drawBars(yearChart, data.byYear);
  drawBars(blocChart, data.byBloc);
}

function bucketTable(name, buckets) {
  return h('table', { className: 'buckets', 'data-grouping': name },
    h('thead', null, h('tr', null, [t('key'), t('count'), t('amountSum'), t('duplicates')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, buckets.map((bucket) => h('tr', { 'data-key': bucket.key, 'data-amount': bucket.amountSum ?? '', 'data-count': bucket.count },
      h('th', { scope: 'row' }, term(bucket.key)),
      h('td', null, String(bucket.count)),
      h('td', { className: 'number' }, yuan(bucket.amountSum)),
      h('td', { className: 'number' }, yuan(bucket.possibleDuplicateAmountSum))))));
}

function drawBars(container, buckets) {
  const chart = echarts.init(container, null, { renderer: 'svg', height: 220 });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 90, right: 10, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: buckets.map((b) => term(b.key)) },
    yAxis: { type: 'value' },
    series: [
      { name: t('amountSum'), type: 'bar', stack: 'amount', data: buckets.map((b) => b.amountSum ?? 0) },
      { name: t('duplicates'), type: 'bar', stack: 'amount', data: buckets.map((b) => b.possibleDuplicateAmountSum ?? 0) },
    ],
  });
}

// One-off, per-year and cumulative amounts stand in columns of their own: never added together.
const periods = ['ONE_OFF', 'PER_YEAR', 'CUMULATIVE', null];
const periodTitle = { ONE_OFF: 'oneOff', PER_YEAR: 'perYear', CUMULATIVE: 'cumulative' };

function fundTable(funders) {
  return h('table', { className: 'funds' },
    h('thead', null, h('tr', null,
      [t('byFund'), t('recipient'), ...periods.map((p) => (p ? t(periodTitle[p]) : t('periodUnknown'))), t('year'), t('status'), t('evidence')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, funders.flatMap((funder) => funder.relationsConnection.nodes.map((relation, index) => h('tr', {
      'data-relationship': relation.id,
      'data-period': relation.amountPeriod ?? 'UNKNOWN',
      'data-amount': relation.amount?.value ?? '',
    },
      index === 0 ? h('th', { scope: 'rowgroup', rowspan: funder.relationsConnection.nodes.length }, h('a', { href: href('partners', funder.id) }, nameOf(funder))) : null,
      h('td', null, h('a', { href: href('partners', relation.other.id) }, nameOf(relation.other))),
      periods.map((period) => h('td', { className: 'number' },
        relation.amount && (relation.amountPeriod ?? null) === period ? h('span', { lang: 'zh-CN', title: yuan(relation.amount.value) }, relation.amount.text) : '')),
      h('td', null, relation.date?.text ?? term('UNKNOWN')),
      h('td', null, statusBadge(relation.status, term)),
      h('td', null, evidenceList(relation.sources)))))));
}
