'use strict';
// The reviewer's queue, keyboard first. Every act goes to the same endpoint an API client uses, with the stream version
// the queue showed; the page never decides what is allowed, it shows what the API answered.
document.addEventListener('DOMContentLoaded', async () => {
  const { el, api, money, moneyCell, num, cents } = Ledger;
  const session = await Ledger.requireSignIn('review');
  if (session.role === 'operator' && !Ledger.actingTenant) {
    document.getElementById('status').replaceChildren('An operator works one tenant at a time: ', Ledger.el('a', { href: '/ops', text: 'choose it on the Ops page' }), '.');
    document.body.dataset.ready = 'true';
    return;
  }
  const canChange = Ledger.canChange();
  if (!canChange) document.querySelectorAll('.acts').forEach(n => n.hidden = true);

  const form = document.getElementById('filters');
  const tbody = document.querySelector('#queue tbody');
  const status = document.getElementById('status');
  const conflict = document.getElementById('conflict');
  const filterNames = ['bankAccount', 'from', 'to', 'minAmount', 'maxAmount', 'reason', 'vendor', 'minP', 'maxP', 'sort', 'dir'];
  let items = [], selected = 0, page = Number(Ledger.query.get('page') || 1), total = 0, pageSize = 50;
  let chart = [];
  const undo = [];   // entries this reviewer posted here, newest last: 'u' reverses the newest

  for (const name of filterNames) {
    const value = Ledger.query.get(name);
    if (!value) continue;
    const input = form.elements[name];
    // A reason from a link (the ops page's drill-down) before the queue's counts have filled the list.
    if (input.tagName === 'SELECT' && ![...input.options].some(o => o.value === value)) input.append(el('option', { value, text: value }));
    input.value = value;
  }

  function say(text, isError = false) { status.textContent = text; status.className = 'status' + (isError ? ' error' : ''); }

  function filterQuery() {
    const q = new URLSearchParams();
    for (const name of filterNames) { const v = form.elements[name].value.trim(); if (v) q.set(name, v); }
    return q;
  }

  async function loadChart() {
    const r = await api('GET', '/api/tenant');
    if (r.ok) chart = r.data.chart;
    document.getElementById('chart-accounts').replaceChildren(...chart.map(a => el('option', { value: `${a.code} ${a.name}` })));
  }

  async function load(keepSelection = false) {
    const q = filterQuery();
    q.set('page', String(page)); q.set('pageSize', String(pageSize));
    // The address shows the filters (a link to exactly this view), not the defaults.
    const shown = filterQuery(); if (page > 1) shown.set('page', String(page)); if (Ledger.actingTenant) shown.set('tenant', Ledger.actingTenant);
    history.replaceState(null, '', '/review' + (shown.toString() ? '?' + shown : ''));
    const started = performance.now();
    const r = await api('GET', '/api/review/queue?' + q);
    if (!r.ok) { say((r.data && (r.data.detail || r.data.title)) || `The queue could not be read (HTTP ${r.status}).`, true); return; }
    items = r.data.items; total = r.data.total;
    if (!keepSelection) selected = 0;
    selected = Math.min(selected, Math.max(items.length - 1, 0));
    renderReasons(r.data.countsByReason);
    render();
    document.getElementById('total').textContent = `(${total.toLocaleString('en-US')} queued)`;
    document.getElementById('page').textContent = `Page ${page} of ${Math.max(1, Math.ceil(total / pageSize))}`;
    document.getElementById('prev').disabled = page <= 1;
    document.getElementById('next').disabled = page * pageSize >= total;
    document.body.dataset.loadedMs = String(Math.round(performance.now() - started));
  }

  function renderReasons(counts) {
    const current = form.elements.reason.value;
    const select = form.elements.reason;
    select.replaceChildren(el('option', { value: '', text: 'any' }), ...Object.keys(counts).sort().map(k => el('option', { value: k, text: `${k} (${counts[k]})` })));
    select.value = current;
    document.getElementById('reasons').replaceChildren(...Object.entries(counts).sort().map(([k, n]) =>
      el('button', { type: 'button', 'aria-pressed': String(current === k), text: `${k}: ${n.toLocaleString('en-US')}`,
        onclick: () => { form.elements.reason.value = current === k ? '' : k; page = 1; load(); } })));
  }

  function render() {
    tbody.replaceChildren(...items.map((t, i) => el('tr', {
      'data-id': t.transactionId, class: i === selected ? 'selected' : null, 'aria-selected': String(i === selected), tabindex: '-1',
      onclick: () => { select(i); }, ondblclick: () => Explain.open(t.transactionId, chart),
    },
      el('td', { text: t.postedOn }), el('td', { text: t.payee }), moneyCell(t.amount),
      el('td', { text: t.proposedAccountCode ? Explain.accountName(t.proposedAccountCode, chart) : '–' }),
      el('td', { class: 'num', text: num(t.calibratedP, 2) }), el('td', { text: t.source }),
      el('td', {}, t.reasons.map(r => el('span', { class: 'tag', text: r }))),
      el('td', {}, t.receipt ? el('a', { href: t.receipt.file, text: t.receipt.reference }) : ''))));
    if (!items.length) tbody.append(el('tr', {}, el('td', { colspan: '8', class: 'muted', text: 'Nothing queued for these filters.' })));
  }

  function select(i) {
    if (!items.length) return;
    selected = Math.max(0, Math.min(items.length - 1, i));
    [...tbody.children].forEach((row, j) => { row.classList.toggle('selected', j === selected); row.setAttribute('aria-selected', String(j === selected)); });
    tbody.children[selected].scrollIntoView({ block: 'nearest' });
  }

  const current = () => items[selected];

  function removeCurrent() {
    items.splice(selected, 1); total -= 1;
    document.getElementById('total').textContent = `(${total.toLocaleString('en-US')} queued)`;
    render();
    select(selected);
    if (!items.length && total > 0) load();
  }

  // What the API answered to an act: 409 stale version → the current state and a reload, never a retry that overwrites.
  function refused(r, t) {
    if (r.status === 409) {
      const c = r.data && r.data.current;
      conflict.replaceChildren(
        el('strong', { text: 'Changed since you opened it. ' }),
        el('span', { text: `${t.payee} (${money(t.amount)}) was changed by someone else; nothing was recorded. ` }),
        c ? el('span', { text: `Now: ${c.status}, version ${c.version}${c.finalAccountCode ? ', account ' + Explain.accountName(c.finalAccountCode, chart) : ''}${c.entryPostedBy ? ', posted by ' + c.entryPostedBy : ''}. ` }) : null,
        el('button', { type: 'button', class: 'primary', text: 'Reload the queue', onclick: async () => { conflict.hidden = true; await load(true); } }));
      conflict.hidden = false;
      conflict.querySelector('button').focus();
      return;
    }
    if (r.status === 403) { say((r.data && r.data.detail) || 'Your role may read the books but not change them.', true); return; }
    say(`Not recorded: ${(r.data && (r.data.detail || r.data.title)) || 'HTTP ' + r.status}`, true);
  }

  function mayAct() {
    if (canChange) return true;
    say(`Your role (${session.role}) may read the books but not change them.`, true);
    return false;
  }

  async function act(t, verb, body, doneText) {
    conflict.hidden = true;
    const r = await api('POST', `/api/transactions/${encodeURIComponent(t.transactionId)}/${verb}`, { ...body, version: t.version });
    if (!r.ok) { refused(r, t); return false; }
    if (r.data && r.data.entryId) undo.push({ id: t.transactionId, version: r.data.version, payee: t.payee });
    removeCurrent();
    // A suspected slip is booked but held back from learning: ask, and leave the answer to the explain drawer.
    say(r.data && r.data.slip ? `${doneText} Suspected slip: ${r.data.slip.question} Open it (e) to confirm or correct.` : doneText);
    if (r.data && r.data.slip) Explain.open(t.transactionId, chart);
    return true;
  }

  async function approve() {
    const t = current(); if (!t || !mayAct()) return;
    await act(t, 'approve', {}, `Approved ${t.payee} → ${Explain.accountName(t.proposedAccountCode, chart)}.`);
  }

  // Recategorize: the chart filtered by code or name as the reviewer types; Enter takes the highlighted account.
  const recat = document.getElementById('recategorize');
  const search = document.getElementById('account-search');
  const options = document.getElementById('account-options');
  let matches = [], highlighted = 0;
  function filterAccounts() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    matches = chart.filter(a => words.every(w => a.code.toLowerCase().startsWith(w) || a.name.toLowerCase().includes(w)));
    highlighted = 0;
    drawOptions();
  }
  function drawOptions() {
    options.replaceChildren(...matches.map((a, i) => el('li', { role: 'option', id: 'acct-' + a.code, 'aria-selected': String(i === highlighted), text: `${a.code} ${a.name} (${a.type})`,
      onclick: () => { highlighted = i; recat.querySelector('form').requestSubmit(); } })));
    if (matches[highlighted]) search.setAttribute('aria-activedescendant', 'acct-' + matches[highlighted].code);
  }
  search.addEventListener('input', filterAccounts);
  search.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      highlighted = Math.max(0, Math.min(matches.length - 1, highlighted + (e.key === 'ArrowDown' ? 1 : -1)));
      drawOptions();
    }
  });
  recat.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    const t = current(), account = matches[highlighted];
    if (!account) return;
    recat.close();
    await act(t, 'recategorize', { accountCode: account.code }, `Recategorized ${t.payee} → ${account.code} ${account.name}.`);
  });
  function recategorize() {
    const t = current(); if (!t || !mayAct()) return;
    recat.querySelector('.what').textContent = `${t.payee}, ${money(t.amount)}; proposed ${Explain.accountName(t.proposedAccountCode, chart)}`;
    search.value = ''; filterAccounts();
    recat.showModal(); search.focus();
  }

  // Split: the parts must add up to the transaction's amount to the cent; the difference shows as the reviewer types.
  const split = document.getElementById('split');
  const parts = document.getElementById('split-parts');
  function addPart(account = '', amount = '') {
    const row = el('tr', {},
      el('td', {}, el('input', { 'aria-label': 'Account', list: 'chart-accounts', value: account, class: 'part-account', oninput: splitDifference })),
      el('td', { class: 'num' }, el('input', { 'aria-label': 'Amount', inputmode: 'decimal', value: amount, class: 'part-amount', oninput: splitDifference })));
    parts.append(row);
    return row;
  }
  function splitDifference() {
    const t = current();
    const sum = [...parts.querySelectorAll('.part-amount')].reduce((s, i) => s + (i.value.trim() ? cents(i.value) : 0), 0);
    const diff = Math.abs(cents(t.amount)) - sum;
    const out = document.getElementById('split-difference');
    out.textContent = diff === 0 ? 'The parts add up to the amount.' : `Difference: ${money(diff / 100)} (${diff > 0 ? 'still to assign' : 'over the amount'})`;
    out.className = diff === 0 ? 'pass' : 'fail';
    document.getElementById('split-ok').disabled = diff !== 0;
  }
  document.getElementById('add-part').addEventListener('click', () => { addPart().querySelector('input').focus(); splitDifference(); });
  split.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    const t = current();
    const body = [...parts.children].map(row => ({
      accountCode: row.querySelector('.part-account').value.trim().split(/\s+/)[0],
      amount: Number(row.querySelector('.part-amount').value),
    })).filter(p => p.accountCode);
    split.close();
    await act(t, 'split', { parts: body }, `Split ${t.payee} into ${body.length} parts.`);
  });
  function splitDialog() {
    const t = current(); if (!t || !mayAct()) return;
    split.querySelector('.what').textContent = `${t.payee}, ${money(t.amount)}: parts add up to ${money(Math.abs(t.amount))}`;
    parts.replaceChildren();
    addPart(t.proposedAccountCode ? `${t.proposedAccountCode}` : '', '');
    addPart();
    splitDifference();
    split.showModal();
    parts.querySelector('.part-amount').focus();
  }

  const exclude = document.getElementById('exclude');
  exclude.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    const t = current();
    const reason = document.getElementById('exclude-reason').value;
    exclude.close();
    await act(t, 'exclude', { reason, note: document.getElementById('exclude-note').value || null }, `Excluded ${t.payee} (${reason}).`);
  });
  function excludeDialog() {
    const t = current(); if (!t || !mayAct()) return;
    exclude.querySelector('.what').textContent = `${t.payee}, ${money(t.amount)}`;
    document.getElementById('exclude-note').value = '';
    exclude.showModal(); document.getElementById('exclude-reason').focus();
  }

  async function undoLast() {
    if (!mayAct()) return;
    const last = undo.pop();
    if (!last) { say('Nothing of yours to reverse on this page yet.'); return; }
    const r = await api('POST', `/api/transactions/${encodeURIComponent(last.id)}/reverse`, { reason: 'undone by reviewer', version: last.version });
    if (!r.ok) { refused(r, { payee: last.payee, amount: 0 }); return; }
    say(`Reversed your entry for ${last.payee}; it is back in the queue.`);
    await load(true);
  }

  // Bulk approve by vendor: the count first, then a confirmation; all or nothing on the server.
  const bulk = document.getElementById('bulk');
  let bulkVendor = null;
  bulk.querySelector('form').addEventListener('submit', async e => {
    e.preventDefault();
    bulk.close();
    const r = await api('POST', '/api/review/bulk-approve', { vendor: bulkVendor });
    if (!r.ok) { refused(r, current() || { payee: bulkVendor, amount: 0 }); return; }
    say(`Approved ${r.data.approved} transactions of ${bulkVendor}.`);
    await load(true);
  });
  async function bulkDialog() {
    const t = current(); if (!t || !mayAct()) return;
    const r = await api('GET', '/api/review/queue?pageSize=1&vendor=' + encodeURIComponent(t.vendorKey));
    if (!r.ok) { refused(r, t); return; }
    bulkVendor = t.vendorKey;
    document.getElementById('bulk-what').textContent = `Approve all ${r.data.total} queued transactions of vendor ${t.vendorKey}, each to its proposed account?`;
    bulk.showModal(); document.getElementById('bulk-ok').focus();
  }

  document.querySelectorAll('dialog .cancel').forEach(b => b.addEventListener('click', () => b.closest('dialog').close()));
  const help = document.getElementById('help');

  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && Explain.close()) { e.preventDefault(); return; }
    if (document.querySelector('dialog[open]') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest('input, select, textarea')) return;
    if (e.key === 'Enter' && e.target.closest && e.target.closest('button, a')) return;
    const keys = {
      j: () => select(selected + 1), k: () => select(selected - 1), ArrowDown: () => select(selected + 1), ArrowUp: () => select(selected - 1),
      Enter: () => current() && Explain.open(current().transactionId, chart), o: () => current() && Explain.open(current().transactionId, chart),
      a: approve, r: recategorize, s: splitDialog, x: excludeDialog, u: undoLast, b: bulkDialog,
      n: () => { if (page * pageSize < total) { page++; load(); } }, p: () => { if (page > 1) { page--; load(); } },
      '?': () => help.showModal(),
    };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });

  form.addEventListener('submit', e => { e.preventDefault(); page = 1; load(); });
  document.getElementById('clear').addEventListener('click', () => { form.reset(); page = 1; load(); });
  document.getElementById('prev').addEventListener('click', () => { page--; load(); });
  document.getElementById('next').addEventListener('click', () => { page++; load(); });

  await loadChart();
  await load();
  document.body.dataset.ready = 'true';
});
