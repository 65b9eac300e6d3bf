'use strict';
// The explain drawer: why a transaction stands as it does, drawn from GET /api/transactions/{id}/explain only.
const Explain = (() => {
  const { el, money, moneyCell, num, when } = Ledger;
  let returnFocus = null;

  function accountName(code, chart) {
    const a = (chart || []).find(x => x.code === code);
    return a ? `${code} ${a.name}` : (code || '–');
  }

  function section(title, ...content) { return [el('h2', { text: title }), ...content]; }

  function definitions(pairs) {
    return el('dl', {}, pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '').map(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
  }

  function lines(entryLines, chart) {
    return el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, el('th', { text: 'Account' }), el('th', { class: 'num', text: 'Debit' }), el('th', { class: 'num', text: 'Credit' }))),
      el('tbody', {}, entryLines.map(l => el('tr', {}, el('td', { text: accountName(l.accountCode, chart) }),
        el('td', { class: 'num', text: l.debit ? money(l.debit) : '' }), el('td', { class: 'num', text: l.credit ? money(l.credit) : '' })))));
  }

  function render(x, chart, drawer) {
    const p = x.proposal;
    const g = x.gates && x.gates.decision;
    const b = x.bank;
    drawer.replaceChildren(
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'close', text: 'Close (Esc)', onclick: close })),
      el('h2', { id: 'drawer-title', text: b.description }),
      definitions([
        ['Transaction', x.transactionId], ['Status', x.status], ['Version', String(x.version)],
        ['Date', b.postedOn], ['Amount', el('span', { class: b.amount < 0 ? 'neg' : '', text: money(b.amount) })],
        ['Bank account', `${b.bankAccountCode}${b.bankAccountName ? ' ' + b.bankAccountName : ''}`], ['Memo', b.memo], ['FITID', b.fitId],
        ['Vendor (normalised)', x.vendorKey],
      ]),
      x.slip ? section('Suspected slip', el('p', { class: 'status error', text: `Answered ${accountName(x.slip.answeredAccount, chart)}: ${x.slip.question}` }),
        el('div', { class: 'actions' },
          el('button', { type: 'button', text: 'Keep my answer', onclick: () => resolve(x, 'confirm', {}, chart) }),
          el('button', { type: 'button', text: `Correct to ${x.slip.evidence.suggestedAccount}`, onclick: () => resolve(x, 'recategorize', { accountCode: x.slip.evidence.suggestedAccount }, chart) }))) : [],
      ...section('Proposal', p ? definitions([
        ['Account', accountName(p.accountCode, chart)], ['Calibrated p', num(p.calibratedP)], ['Raw p', num(p.rawP)], ['Source', p.source],
        ['Rule', p.ruleId], ['Model', p.modelVersion], ['Calibration', p.calibrationVersion], ['Knowledge', p.knowledgeVersion],
        ['LLM call', p.llmCallId ? `${p.llmCallId} ($${Number(p.llmCostUsd).toFixed(4)})` : null],
        ['Categorizer version', p.categorizerVersion === null || p.categorizerVersion === undefined ? null : String(p.categorizerVersion)],
        ['Alternatives', (p.alternatives || []).map(a => `${accountName(a.accountCode, chart)} ${num(a.probability)}`).join('; ') || '–'],
        ['Trace', el('ol', {}, (p.trace || []).map(t => el('li', { text: t })))],
      ]) : el('p', { class: 'muted', text: 'No proposal recorded.' })),
      ...section('Gates', g ? el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, el('th', { text: 'Gate' }), el('th', { text: 'Result' }), el('th', { text: 'Compared' }), el('th', { class: 'num', text: 'Actual' }), el('th', { class: 'num', text: 'Required' }))),
        el('tbody', {}, g.gates.map(r => el('tr', {}, el('td', { text: r.gate }), el('td', { class: r.passed ? 'pass' : 'fail', text: r.passed ? 'pass' : 'fail' }),
          el('td', { text: r.compared }), el('td', { class: 'num', text: num(r.actual) }), el('td', { class: 'num', text: num(r.required) }))))) : el('p', { class: 'muted', text: 'Not decided yet.' }),
        g ? el('p', { text: `Outcome: ${g.autoPost ? 'auto-posted' : 'queued for review'}${g.reasons.length ? ' (' + g.reasons.join(', ') + ')' : ''}; policy version ${g.policyVersion}.` }) : null),
      ...section('Vendor label history', x.vendorLabels ? definitions([
        ['Labels', String(x.vendorLabels.totalLabels)],
        ['By account', Object.entries(x.vendorLabels.labelsByAccount).map(([c, n]) => `${accountName(c, chart)}: ${n}`).join('; ')],
        ['Recent', (x.vendorLabels.recentLabels || []).join(', ')],
      ]) : el('p', { class: 'muted', text: 'Nobody has labelled this vendor yet.' })),
      ...section('Entry', x.entry ? [el('p', { class: 'muted', text: `Posted by ${x.entry.postedBy} on ${x.entry.entryDate}` }), lines(x.entry.lines, chart)] : el('p', { class: 'muted', text: 'No live entry.' })),
      x.receipt ? section('Receipt', definitions([['Receipt', el('a', { href: x.receipt.file, text: x.receipt.reference })], ['Merchant', x.receipt.merchant],
        ['Total', x.receipt.total === null ? null : money(x.receipt.total)], ['Why matched', (x.receipt.reasons || []).join('; ')]])) : [],
      ...section('Events', el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, el('th', { class: 'num', text: '#' }), el('th', { text: 'Event' }), el('th', { text: 'When' }), el('th', { text: 'Who' }))),
        el('tbody', {}, x.history.map(h => el('tr', {}, el('td', { class: 'num', text: String(h.version) }), el('td', { text: h.event }), el('td', { text: when(h.timestamp) }), el('td', { text: h.by || '' })))))),
      el('p', {}, el('a', { href: '/audit?transaction=' + encodeURIComponent(x.transactionId) + (Ledger.actingTenant ? '&tenant=' + encodeURIComponent(Ledger.actingTenant) : ''), text: 'Full audit history' })),
    );
  }

  // One call settles a suspicion: confirm keeps the answer and releases its label; a recategorize reverses and rebooks it.
  async function resolve(x, verb, body, chart) {
    const r = await Ledger.api('POST', '/api/transactions/' + encodeURIComponent(x.transactionId) + '/' + verb, { ...body, version: x.version });
    if (!r.ok) { document.getElementById('drawer').prepend(el('p', { class: 'status error', text: (r.data && r.data.detail) || `HTTP ${r.status}` })); return; }
    await open(x.transactionId, chart);
  }

  async function open(id, chart) {
    const drawer = document.getElementById('drawer');
    returnFocus = document.activeElement;
    const r = await Ledger.api('GET', '/api/transactions/' + encodeURIComponent(id) + '/explain');
    if (!r.ok) { drawer.replaceChildren(el('p', { class: 'status error', text: (r.data && r.data.detail) || `HTTP ${r.status}` })); }
    else render(r.data, chart, drawer);
    drawer.hidden = false;
    drawer.focus();
  }

  function close() {
    const drawer = document.getElementById('drawer');
    if (drawer.hidden) return false;
    drawer.hidden = true;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    return true;
  }

  function isOpen() { return !document.getElementById('drawer').hidden; }

  return { open, close, isOpen, accountName };
})();
