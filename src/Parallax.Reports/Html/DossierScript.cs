namespace Parallax.Reports.Html;

/// <summary>
/// The page's only script, inlined and allowed by its hash in the Content-Security-Policy. It highlights the source
/// characters of the selected item (any element with <c>data-targets</c>), reports the selection in a live status
/// bar, scrolls each article to its first highlight, and sorts tables. It reads only data attributes the writer
/// made; it never builds markup from text.
/// </summary>
internal static class DossierScript
{
    public const string Source = """

        (() => {
          'use strict';
          const all = (selector, root) => Array.from((root || document).querySelectorAll(selector));
          const bar = document.getElementById('selection');
          const barText = document.getElementById('selection-text');
          const articles = all('article.source');
          let current = null;

          function clear() {
            all('.hl').forEach(el => { el.className = 'm'; });
            all('[data-targets][aria-pressed="true"]').forEach(el => el.setAttribute('aria-pressed', 'false'));
            articles.forEach(a => { a.classList.remove('has-hits'); a.querySelector('.hits').textContent = ''; });
            current = null;
            if (bar) { bar.hidden = true; }
          }

          function select(trigger) {
            if (current === trigger) { clear(); return; }
            clear();
            current = trigger;
            trigger.setAttribute('aria-pressed', 'true');
            const keys = (trigger.getAttribute('data-targets') || '').split(/\s+/).filter(Boolean);
            keys.forEach(key => {
              const colon = key.indexOf(':');
              const style = colon > 0 ? 'hl-' + key.slice(colon + 1) : 'hl-main';
              all('[data-refs~="' + CSS.escape(key) + '"]').forEach(el => el.classList.add('hl', style));
            });
            let found = 0;
            articles.forEach(article => {
              const hits = all('.hl', article);
              if (hits.length === 0) { return; }
              found++;
              article.classList.add('has-hits');
              article.querySelector('.hits').textContent = '● highlighted here';
              const text = article.querySelector('.text');
              text.scrollTop = Math.max(0, hits[0].offsetTop - 48);
            });
            if (bar) {
              const label = trigger.getAttribute('data-label') || 'Selection';
              barText.textContent = label + ' — ' + (found === 0
                ? 'no source passage in the articles'
                : 'highlighted in ' + found + ' of ' + articles.length + (articles.length === 1 ? ' article' : ' articles'));
              bar.hidden = false;
            }
          }

          // A click on marked article text selects the item it belongs to: a claim first, then a quote, then a name.
          function triggerFor(mark) {
            const keys = (mark.getAttribute('data-refs') || '').split(/\s+/).filter(Boolean);
            for (const kind of ['c', 'q', 'e', 'd']) {
              for (const key of keys) {
                if (key.charAt(0) !== kind) { continue; }
                const trigger = document.querySelector('[data-targets~="' + CSS.escape(key) + '"]');
                if (trigger) { return trigger; }
              }
            }
            return null;
          }

          document.addEventListener('click', event => {
            const trigger = event.target.closest('[data-targets]');
            if (trigger) { event.preventDefault(); select(trigger); return; }
            const mark = event.target.closest('.text .m');
            const owner = mark && triggerFor(mark);
            if (owner) { select(owner); }
          });
          document.addEventListener('keydown', event => {
            if (event.key === 'Escape') { clear(); return; }
            const trigger = event.target.closest && event.target.closest('[data-targets]');
            if (trigger && trigger.tagName !== 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) {
              event.preventDefault();
              select(trigger);
            }
          });
          const clearButton = document.getElementById('selection-clear');
          if (clearButton) { clearButton.addEventListener('click', clear); }

          all('table.sortable').forEach(table => {
            const heads = all('thead th', table);
            heads.forEach((head, index) => {
              const button = head.querySelector('button.sort');
              if (!button) { return; }
              button.addEventListener('click', () => {
                const ascending = head.getAttribute('aria-sort') !== 'ascending';
                heads.forEach(h => h.removeAttribute('aria-sort'));
                head.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                const numeric = head.hasAttribute('data-numeric');
                const body = table.tBodies[0];
                const value = row => {
                  const cell = row.cells[index];
                  if (!cell) { return ''; }
                  return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
                };
                const rows = Array.from(body.rows);
                rows.sort((a, b) => {
                  const x = value(a), y = value(b);
                  const order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                rows.forEach(row => body.appendChild(row));
              });
            });
          });
          document.documentElement.classList.add('js');
        })();

        """;
}
