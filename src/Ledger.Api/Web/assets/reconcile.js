'use strict';
// The reconciliation of one bank or card account on a statement date, as GET /api/accounts/{code}/reconciliation answers
// it, and the reviewer's mark (POST, with the figures shown: the API refuses them with 409 if they changed meanwhile).
document.addEventListener('DOMContentLoaded', async () => {
  const { el, api, money, moneyCell, when } = Ledger;
  await Ledger.requireSignIn('reconcile');
  const status = document.getElementById('status');
  const accountBox = document.getElementById('account');
  const dateBox = document.getElementById('date');
  const mark = document.getElementById('mark');
  let report = null;

  function say(text, error = false) { status.textContent = text; status.className = 'status' + (error ? ' error' : ''); }
  function problem(r) { return (r.data && (r.data.detail || r.data.title)) || `HTTP ${r.status}`; }

  const tenant = await api('GET', '/api/tenant');
  if (!tenant.ok) { say(problem(tenant), true); return; }
  const banks = tenant.data.chart.filter(a => a.type === 'Asset' || a.type === 'Liability');
  accountBox.replaceChildren(...banks.map(a => el('option', { value: a.code, text: `${a.code} ${a.name}` })));
  if (Ledger.query.get('account')) accountBox.value = Ledger.query.get('account');

  async function loadDates() {
    const r = await api('GET', `/api/accounts/${encodeURIComponent(accountBox.value)}/statements`);
    const dates = r.ok ? [...new Set(r.data.filter(s => s.closingDate).map(s => s.closingDate))].reverse() : [];
    dateBox.replaceChildren(...dates.map(d => el('option', { value: d, text: d })));
    if (Ledger.query.get('date') && dates.includes(Ledger.query.get('date'))) dateBox.value = Ledger.query.get('date');
  }

  function card(label, value, id) {
    return el('div', { class: 'card', id }, el('div', { class: 'value' + (value < 0 ? ' neg' : ''), text: money(value) }), el('div', { class: 'label', text: label }));
  }

  async function show() {
    const account = accountBox.value, date = dateBox.value;
    if (!account) { document.body.dataset.ready = 'true'; return; }
    const query = date ? '?date=' + encodeURIComponent(date) : '';
    history.replaceState(null, '', `/reconcile?account=${encodeURIComponent(account)}${date ? '&date=' + encodeURIComponent(date) : ''}` +
      (Ledger.actingTenant ? '&tenant=' + encodeURIComponent(Ledger.actingTenant) : ''));
    const [r, recorded] = await Promise.all([
      api('GET', `/api/accounts/${encodeURIComponent(account)}/reconciliation${query}`), api('GET', '/api/reconciliations')]);
    const items = document.getElementById('items');
    report = r.ok ? r.data : null;
    mark.hidden = !report || !Ledger.canChange();
    document.getElementById('readonly').hidden = !report || Ledger.canChange();
    if (!r.ok) {
      document.getElementById('figures').replaceChildren();
      items.replaceChildren(el('p', { class: 'status error', text: problem(r) }));
      document.body.dataset.ready = 'true';
      return;
    }
    document.getElementById('figures').replaceChildren(
      card('Bank balance', report.bankBalance, 'bank'), card('Book balance', report.bookBalance, 'book'),
      card('Difference', report.difference, 'difference'), card('Unexplained', report.unexplained, 'unexplained'),
      el('div', { class: 'card' }, el('div', { class: 'value', text: `${report.matchedLines} of ${report.bankLines}` }), el('div', { class: 'label', text: 'bank lines booked' })));
    const marks = recorded.ok ? recorded.data.filter(m => m.bankAccountCode === account && m.statementDate === report.statementDate) : [];
    document.getElementById('recorded').textContent = marks.length === 0 ? `Not marked reconciled on ${report.statementDate}.`
      : marks.map(m => `Marked reconciled on ${m.statementDate} by ${m.by} at ${when(m.at)}: bank ${money(m.bankBalance)}, book ${money(m.bookBalance)}, difference ${money(m.difference)}.`).join(' ');
    items.className = '';
    items.replaceChildren(report.items.length === 0 ? el('p', { class: 'muted', text: 'Bank and books agree: nothing to explain.' })
      : el('table', { class: 'grid', 'aria-label': 'Differences' },
        el('thead', {}, el('tr', {}, [['Date'], ['Kind'], ['Transaction'], ['Amount', 'num'], ['Effect on bank − book', 'num'], ['Why']].map(([x, c]) => el('th', { class: c, text: x })))),
        el('tbody', {}, report.items.map(i => el('tr', {},
          el('td', { text: i.date }), el('td', { text: i.kind.replaceAll('_', ' ') }), el('td', {}, i.transactionId
            ? el('a', { href: '/audit?transaction=' + encodeURIComponent(i.transactionId), text: i.transactionId }) : '–'),
          moneyCell(i.amount), moneyCell(i.effect), el('td', { text: i.explanation }))))));
    say('');
    document.body.dataset.ready = 'true';
  }

  accountBox.addEventListener('change', async () => { await loadDates(); await show(); });
  document.getElementById('pick').addEventListener('submit', e => { e.preventDefault(); show(); });
  mark.addEventListener('submit', async e => {
    e.preventDefault();
    if (!report) return;
    const r = await api('POST', `/api/accounts/${encodeURIComponent(report.bankAccountCode)}/reconciliation`,
      { date: report.statementDate, bankBalance: report.bankBalance, bookBalance: report.bookBalance, note: document.getElementById('note').value });
    if (r.ok) { await show(); say(`Marked ${r.data.bankAccountCode} reconciled on ${r.data.statementDate}.`); }
    else { say(problem(r), true); if (r.status === 409) await show(); }
  });

  await loadDates();
  await show();
});
