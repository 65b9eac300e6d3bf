'use strict';
// The auditor's view: a transaction's events and its state at any instant, the trial balance at any instant, and the
// re-verification of every recorded decision, each read from the audit endpoints as recorded.
document.addEventListener('DOMContentLoaded', async () => {
  const { el, api, money, when } = Ledger;
  await Ledger.requireSignIn('audit');
  const status = document.getElementById('status');
  const tenantPart = Ledger.actingTenant ? '&tenant=' + encodeURIComponent(Ledger.actingTenant) : '';

  // datetime-local holds no zone: the page reads and writes it as UTC.
  // "Now" is the end of the current second: the field holds whole seconds, and cutting the second short would hide what was
  // recorded in it (an approval a moment before the page opened showed as still in review).
  const nowLocal = () => new Date(Math.ceil(Date.now() / 1000) * 1000).toISOString().slice(0, 19);
  const instant = v => (v.length === 16 ? v + ':00' : v) + 'Z';
  document.getElementById('tx-at').value = Ledger.query.get('at') ? Ledger.query.get('at').replace('Z', '') : nowLocal();
  document.getElementById('tb-at').value = nowLocal();

  function problem(r) { return el('p', { class: 'status error', text: (r.data && (r.data.detail || r.data.title)) || `HTTP ${r.status}` }); }

  async function showTransaction() {
    const id = document.getElementById('transaction').value.trim();
    if (!id) return;
    const at = instant(document.getElementById('tx-at').value);
    history.replaceState(null, '', '/audit?transaction=' + encodeURIComponent(id) + '&at=' + encodeURIComponent(at) + tenantPart);
    const [h, s] = await Promise.all([
      api('GET', `/api/audit/transactions/${encodeURIComponent(id)}/history`),
      api('GET', `/api/audit/transactions/${encodeURIComponent(id)}/as-of?at=${encodeURIComponent(at)}`)]);
    const asof = document.getElementById('asof');
    asof.className = '';
    if (s.ok) {
      const t = s.data.transaction;
      asof.replaceChildren(el('dl', { class: 'asof' }, [
        ['At', when(s.data.at)], ['Version', `${s.data.version} of ${s.data.latestVersion}`], ['Status', t.status],
        ['Date', t.postedOn], ['Payee', t.payee], ['Amount', money(t.amount)], ['Proposed', t.proposedAccountCode || '–'],
        ['Final account', t.finalAccountCode || '–'], ['Posted by', t.postedBy || '–'], ['Reasons', (t.reasons || []).join(', ') || '–'],
      ].map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
    } else asof.replaceChildren(problem(s));
    const box = document.getElementById('history');
    if (!h.ok) { box.replaceChildren(problem(h)); return; }
    box.replaceChildren(el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['#', 'Version', 'Event', 'Recorded', 'Who', 'Correlation', 'Data'].map(x => el('th', { text: x })))),
      el('tbody', {}, h.data.events.map(e => el('tr', {},
        el('td', { class: 'num', text: String(e.sequence) }), el('td', { class: 'num', text: String(e.version) }), el('td', { text: e.eventType }),
        el('td', { text: when(e.timestamp) }), el('td', { text: e.userName || '' }), el('td', { class: 'muted', text: e.correlationId || '' }),
        el('td', {}, el('details', {}, el('summary', { text: 'data' }), el('pre', { class: 'json', text: JSON.stringify(e.data, null, 2) }))))))));
  }

  async function showTrialBalance() {
    const at = instant(document.getElementById('tb-at').value);
    const r = await api('GET', '/api/audit/trial-balance/as-of?at=' + encodeURIComponent(at));
    const box = document.getElementById('tb');
    if (!r.ok) { box.replaceChildren(problem(r)); return; }
    const tb = r.data.trialBalance;
    const rows = Object.entries(tb.accounts).sort((a, b) => a[0].localeCompare(b[0]));
    box.replaceChildren(el('table', { class: 'grid', id: 'tb-table' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Account' }), el('th', { class: 'num', text: 'Debits' }), el('th', { class: 'num', text: 'Credits' }), el('th', { class: 'num', text: 'Balance' }))),
      el('tbody', {}, rows.map(([code, t]) => el('tr', {}, el('td', { text: code }), Ledger.moneyCell(t.debits), Ledger.moneyCell(t.credits), Ledger.moneyCell(t.balance)))),
      el('tfoot', {}, el('tr', {}, el('th', { text: `Total (${tb.entries} entries)` }), el('th', { class: 'num', text: money(tb.totalDebits) }), el('th', { class: 'num', text: money(tb.totalCredits) }),
        el('th', { class: tb.balanced ? 'pass' : 'fail', text: tb.balanced ? 'balanced' : 'NOT balanced' })))));
  }

  async function verify(form) {
    const q = new URLSearchParams();
    for (const n of ['from', 'to']) if (form.elements[n].value) q.set(n, form.elements[n].value);
    status.textContent = 'Re-running every recorded decision…';
    const r = await api('GET', '/api/audit/verify?' + q);
    status.textContent = '';
    const box = document.getElementById('verify');
    if (!r.ok) { box.replaceChildren(problem(r)); return; }
    const v = r.data, p = v.proposals;
    const link = id => el('a', { href: '/audit?transaction=' + encodeURIComponent(id) + tenantPart, text: id });
    box.replaceChildren(
      el('p', { class: v.mismatches === 0 ? 'pass' : 'fail', text: `Gate decisions: ${v.checked} checked, ${v.mismatches} mismatches.` }),
      el('p', { class: p.mismatches === 0 ? 'pass' : 'fail', text: `Proposals: ${p.checked} recomputed, ${p.mismatches} mismatches, ${p.notRecomputable} not recomputable.` }),
      el('ul', {}, v.details.map(d => el('li', {}, link(d.transactionId), ` decision ${d.eventId}: recorded ${JSON.stringify(d.recorded.reasons)}, recomputed ${JSON.stringify(d.recomputed.reasons)}`)),
        p.details.map(d => el('li', {}, link(d.transactionId), ` proposal ${d.eventId}: ${d.fields.join(', ')} recorded ${d.recorded}, recomputed ${d.recomputed}`))));
  }

  document.getElementById('tx-form').addEventListener('submit', e => { e.preventDefault(); showTransaction(); });
  document.getElementById('tb-form').addEventListener('submit', e => { e.preventDefault(); showTrialBalance(); });
  document.getElementById('verify-form').addEventListener('submit', e => { e.preventDefault(); verify(e.target); });
  if (Ledger.query.get('transaction')) { document.getElementById('transaction').value = Ledger.query.get('transaction'); await showTransaction(); }
  document.body.dataset.ready = 'true';
});
