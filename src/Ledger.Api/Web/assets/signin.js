'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  const next = Ledger.safeNext(Ledger.query.get('next'));
  const s = await Ledger.loadSession();
  if (s.signedIn) { location.replace(next); return; }
  const form = document.getElementById('signin');
  const message = document.getElementById('message');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.textContent = '';
    const token = document.getElementById('token').value.trim();
    // The token goes in the body of a POST only: never in the address, so never in a log or the browser's history.
    const r = await Ledger.api('POST', '/api/session', { token });
    if (r.ok) { location.replace(next); return; }
    message.textContent = (r.data && r.data.detail) || `Sign-in refused (HTTP ${r.status}).`;
    document.getElementById('token').select();
  });
});
