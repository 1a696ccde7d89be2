// Live refresh for the record browser: every few seconds, re-reads the page and swaps in the parts marked
// `data-live`. The page is complete without this script; it adds nothing that is not also on the server.
(() => {
  const seconds = Number(document.body.dataset.refreshSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return;
  let busy = false;
  async function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const answer = await fetch(location.href, {
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
      });
      if (!answer.ok) return;
      const next = new DOMParser().parseFromString(await answer.text(), 'text/html');
      for (const part of document.querySelectorAll('[data-live][id]')) {
        const fresh = next.getElementById(part.id);
        if (fresh !== null) part.replaceWith(document.importNode(fresh, true));
      }
      document.body.dataset.refreshedAt = new Date().toISOString();
    } catch {
      // The server stopped or the network blinked: try again at the next tick.
    } finally {
      busy = false;
    }
  }
  setInterval(refresh, seconds * 1000);
})();
