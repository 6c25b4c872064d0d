import searchEntities from '../../../queries/SearchEntities.graphql';
import { query } from '../api.js';
import { h } from '../dom.js';
import { nameOf, t } from '../i18n.js';
import { href } from '../routes.js';

/**
 * A combobox (WAI-ARIA 1.2 pattern): results as you type, Arrow keys move, Enter opens, Escape closes.
 * The API does the matching (Chinese, English, aliases); the page only lists what it answers.
 */
export function searchBox() {
  const listId = 'search-results';
  const input = h('input', {
    type: 'search',
    id: 'search',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: t('search'),
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'results', hidden: true, 'aria-label': t('searchLabel') });
  let results = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = (entity) => {
    close();
    window.location.hash = href('partners', entity.id);
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
  };

  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (!text) {
      close();
      return;
    }
    const data = await query(searchEntities, { text });
    if (ticket !== asked) return;
    results = data.search;
    list.replaceChildren(...(results.length
      ? results.map((entity, index) => h('li', {
          id: `search-option-${index}`,
          role: 'option',
          'aria-selected': 'false',
          'data-id': entity.id,
          onmousedown: (event) => {
            event.preventDefault();
            open(entity);
          },
        }, nameOf(entity), entity.nameEn && nameOf(entity) !== entity.nameEn ? h('span', { className: 'muted' }, ` ${entity.nameEn}`) : null,
        h('span', { className: 'label' }, ` ${entity.label}`)))
      : [h('li', { className: 'muted', role: 'option', 'aria-disabled': 'true' }, t('noResults'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      highlight((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      highlight((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && results.length) {
      event.preventDefault();
      open(results[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return h('div', { className: 'search' }, h('label', { for: 'search', className: 'visually-hidden' }, t('searchLabel')), input, list);
}
