import './dashboard.css';
import graphChanged from '../../queries/GraphChanged.graphql';
import { subscribe } from './api.js';
import { clear, h } from './dom.js';
import { language, setLanguage, t } from './i18n.js';
import { href, parseRoute } from './routes.js';
import { renderPartners } from './views/partners.js';
import { renderMatrix } from './views/matrix.js';
import { renderGaps } from './views/gaps.js';
import { renderMoney } from './views/money.js';
import { renderLetters } from './views/letters.js';

const views = {
  partners: renderPartners,
  matrix: renderMatrix,
  gaps: renderGaps,
  money: renderMoney,
  letters: renderLetters,
};

const app = document.getElementById('app');
const main = h('main', { id: 'view', tabindex: '-1' });
const liveRegion = h('p', { className: 'live', role: 'status', 'aria-live': 'polite' });
let renderCount = 0;

function layout() {
  const route = parseRoute();
  const nav = h('nav', { 'aria-label': t('nav') }, h('ul', null, Object.keys(views).map((view) =>
    h('li', null, h('a', {
      href: href(view),
      'aria-current': route.view === view ? 'page' : null,
    }, t(view))))));
  const toggle = h('button', {
    type: 'button',
    className: 'language',
    lang: language === 'zh' ? 'en' : 'zh-CN',
    'aria-label': t('languageLabel'),
    onclick: () => {
      setLanguage(language === 'zh' ? 'en' : 'zh');
      render();
    },
  }, t('language'));
  document.title = `${t(route.view in views ? route.view : 'matrix')} · ${t('title')}`;
  clear(app, h('header', null, h('h1', null, t('title')), nav, toggle, liveRegion), main);
  app.removeAttribute('aria-busy');
}

/** Draws the view the address names; a later render supersedes one still loading. */
async function render() {
  const ticket = ++renderCount;
  layout();
  const route = parseRoute();
  const view = views[route.view] ?? renderMatrix;
  main.dataset.view = route.view in views ? route.view : 'matrix';
  main.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  clear(main, h('p', { className: 'loading' }, t('loading')));
  try {
    await view(main, route, () => ticket === renderCount);
    if (ticket !== renderCount) return;
    main.dataset.state = 'ready';
    if (!performance.getEntriesByName('dashboard:first-view').length) performance.mark('dashboard:first-view');
  } catch (error) {
    if (ticket !== renderCount) return;
    main.dataset.state = 'error';
    clear(main, h('p', { className: 'error', role: 'alert' }, t('failed'), error.message));
  } finally {
    if (ticket === renderCount) main.removeAttribute('aria-busy');
  }
}

setLanguage(language);
window.addEventListener('hashchange', () => {
  liveRegion.textContent = '';
  render();
});
render();

subscribe(graphChanged, (data) => {
  liveRegion.textContent = t('liveUpdated', data.graphChanged.version);
  const keep = liveRegion.textContent;
  render().then(() => {
    liveRegion.textContent = keep;
  });
});
