// Deep links: every view is a hash route, so a link restores it.
//   #/partners/<entity id>  #/matrix  #/matrix/<row id>/<column id>  #/gaps  #/money
//   #/letters  #/letters/<document id>?quote=<verbatim quote>
export function parseRoute(hash = window.location.hash) {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || 'matrix', args: parts.slice(1), params: new URLSearchParams(search) };
}

export function href(view, ...args) {
  return `#/${[view, ...args.map(encodeURIComponent)].join('/')}`;
}

/** Where a tie's evidence leads: the letter, opened at the quote. */
export function quoteHref(source) {
  const base = href('letters', source.document.id);
  return source.quote ? `${base}?quote=${encodeURIComponent(source.quote)}` : base;
}
