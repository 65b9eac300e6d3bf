'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const next = Ledger.safeNext(Ledger.query.get('next'));
  const form = document.getElementById('signin');
  const message = document.getElementById('message');
  // The session (and with it the antiforgery token the sign-in must carry) loads while the visitor types.
  const loaded = Ledger.loadSession().then(s => { if (s.signedIn) location.replace(next); return s; });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.textContent = '';
    await loaded;
    const token = document.getElementById('token').value.trim();
    // The token goes in the body of a POST only: never in the address, so never in a log or the browser's history.
    const r = await Ledger.api('POST', '/session', { token });
    if (r.ok) { location.replace(next); return; }
    message.textContent = (r.data && r.data.detail) || `Sign-in refused (HTTP ${r.status}).`;
    document.getElementById('token').select();
  });
  loaded.then(() => { document.body.dataset.signin = 'ready'; });
});
