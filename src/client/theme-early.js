// Runs inline in <head> before the first paint, so a reader who chose a theme never sees the
// other one flash. Storage can throw (privacy modes, blocked cookies): then the system theme holds.
try {
  var stored = localStorage.getItem('fixpath-theme');
  if (stored === 'light' || stored === 'dark') document.documentElement.dataset.theme = stored;
} catch (e) {}
