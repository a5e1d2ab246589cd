// The embed page's only script besides the card's (its Content-Security-Policy allows no inline
// script). It reads the query — `src`, `theme`, `lang`, `density`, `filters`, `order` — onto the card, and inside an
// iframe reports the page's height to the embedding page as a data-only message:
//   { type: 'parley:height', version: 1, height: <CSS px, rounded up>, src: <string or null> }
// Documented, with the host-side snippet, in the docs app's Embedding page.
(() => {
  const query = new URLSearchParams(location.search);
  const card = document.querySelector('parley-timeline');
  if (!card) return;

  // The element itself refuses any src that is not http(s), and shows why, as on any page.
  const src = query.get('src');
  if (src !== null) card.setAttribute('src', src);

  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') card.setAttribute('theme', theme);
  if (query.get('density') === 'compact') card.setAttribute('density', 'compact');
  if (query.get('filters') === 'off') card.setAttribute('filters', 'off');
  if (query.get('order') === 'newest') card.setAttribute('order', 'newest');
  const lang = query.get('lang');
  // A language tag such as uk or pt-BR; anything else is ignored rather than put in the page.
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) document.documentElement.lang = lang;

  if (window.parent === window) return;
  document.documentElement.classList.add('framed');
  let posted = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage(
      { type: 'parley:height', version: 1, height, src: card.getAttribute('src') },
      '*',
    );
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
})();
