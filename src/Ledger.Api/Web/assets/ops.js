'use strict';
// The operator's dashboard: every number comes from /api/metrics/latest (the same computation the API gives any client),
// /api/ops/tenants and /readyz; the page only draws them, and its CSV is exactly what it shows.
document.addEventListener('DOMContentLoaded', async () => {
  const { el, api, pct, num } = Ledger;
  const session = await Ledger.requireSignIn('ops');
  const form = document.getElementById('filters');
  const tenantSelect = document.getElementById('tenant');
  const period = document.getElementById('period');
  const status = document.getElementById('status');
  let shown = [];   // [section, name, value] rows of what is on the page, for the CSV

  if (Ledger.query.get('period')) period.value = Ledger.query.get('period');
  if (session.role === 'operator') {
    const r = await api('GET', '/api/ops/tenants');
    const tenants = r.ok ? r.data : [];
    tenantSelect.replaceChildren(...tenants.map(t => el('option', { value: t.tenantId, text: `${t.name} (${t.tenantId})` })));
    tenantSelect.value = Ledger.actingTenant || (tenants[0] && tenants[0].tenantId) || '';
  } else {
    tenantSelect.replaceChildren(el('option', { value: session.tenantId, text: session.tenantName || session.tenantId }));
    tenantSelect.disabled = true;
  }

  const isoDay = d => d.toISOString().slice(0, 10);
  function lastWeeks(n) {
    const today = new Date(); today.setUTCHours(0, 0, 0, 0);
    const monday = new Date(today); monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
    const weeks = [];
    for (let i = n - 1; i >= 0; i--) {
      const from = new Date(monday); from.setUTCDate(monday.getUTCDate() - 7 * i);
      const to = new Date(from); to.setUTCDate(from.getUTCDate() + 6);
      weeks.push({ from: isoDay(from), to: isoDay(to > today ? today : to) });
    }
    return weeks;
  }

  function card(label, value, section) {
    shown.push([section, label, value]);
    return el('div', { class: 'card' }, el('div', { class: 'value', text: value }), el('div', { class: 'label', text: label }));
  }

  function reliability(bins) {
    const size = 260, pad = 30, ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${size + pad * 2} ${size + pad * 2}`); svg.setAttribute('width', '340'); svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Reliability diagram: for each band of calibrated p, how often the proposal was right');
    const add = (tag, attrs) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); svg.append(n); return n; };
    add('rect', { x: pad, y: pad, width: size, height: size, fill: '#fff', stroke: '#8c959f' });
    add('line', { x1: pad, y1: pad + size, x2: pad + size, y2: pad, stroke: '#8c959f', 'stroke-dasharray': '4 4' });
    for (const b of bins.filter(b => b.count > 0)) {
      const x = pad + b.lower * size, w = (b.upper - b.lower) * size, h = b.accuracy * size;
      add('rect', { x, y: pad + size - h, width: Math.max(w - 1, 1), height: h, fill: '#0b5cad', opacity: '.75' }).append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `p ${b.lower.toFixed(2)}–${b.upper.toFixed(2)}: ${b.count} decisions, right ${pct(b.accuracy)}` }));
      add('circle', { cx: pad + b.mean_confidence * size, cy: pad + size - b.mean_confidence * size, r: 3, fill: '#b42318' });
    }
    add('text', { x: pad, y: size + pad * 1.8, 'font-size': 12, text: '' }).textContent = 'calibrated p →';
    add('text', { x: 2, y: pad - 8, 'font-size': 12 }).textContent = 'right ↑';
    return svg;
  }

  async function load() {
    Ledger.actingTenant = session.role === 'operator' ? tenantSelect.value : '';
    const q = new URLSearchParams({ period: period.value });
    if (Ledger.actingTenant) q.set('tenant', Ledger.actingTenant);
    history.replaceState(null, '', '/ops?' + q);
    status.textContent = 'Loading…';
    shown = [];
    const [m, ready, pilot, slips] = await Promise.all([api('GET', '/api/metrics/latest?period=' + period.value), api('GET', '/readyz'),
      api('GET', '/api/metrics/pilot?period=' + period.value), api('GET', '/api/metrics/slips?period=' + period.value)]);
    if (!m.ok) { status.textContent = (m.data && m.data.detail) || `Metrics unavailable (HTTP ${m.status}).`; status.className = 'status error'; return; }
    const d = m.data;
    document.getElementById('cards').replaceChildren(
      card('decisions', String(d.population_n), 'decisions'), card('automation', pct(d.automation_rate), 'decisions'),
      card('would auto-post', pct(d.auto_post_rate), 'decisions'), card(`accuracy (${d.accuracy_n} answered)`, pct(d.accuracy), 'decisions'),
      card(`auto-post precision (${d.auto_post_precision_n})`, pct(d.auto_post_precision), 'decisions'),
      card('Brier', num(d.brier), 'decisions'), card('ECE', num(d.ece), 'decisions'), card('review backlog', String(d.review_backlog), 'decisions'),
      card('unbalanced entries', String(d.je_imbalance_count), 'decisions'));

    const pilotBox = document.getElementById('pilot');
    if (pilot.ok) {
      const v = pilot.data.verdict;
      shown.push(['pilot', 'may move to', v.mayMoveTo]);
      const stage = s => {
        s.findings.forEach((f, i) => shown.push(['pilot', `${s.stage} ${i + 1}`, f]));
        return el('div', { class: 'card' }, el('div', { class: 'value ' + (s.passed ? 'pass' : 'fail'), text: `${s.stage}: ${s.passed ? 'passed' : 'not yet'}` }),
          el('ul', {}, s.findings.map(f => el('li', { class: f.startsWith('pass') ? 'pass' : 'fail', text: f }))));
      };
      pilotBox.replaceChildren(
        el('p', {}, el('strong', { text: `May move to: ${v.mayMoveTo}` }), ` (${pilot.data.decisions} decisions, ${pilot.data.answered} with a final answer` +
          (v.recommendedThreshold ? `; threshold for 99% precision ${num(v.recommendedThreshold)}` : '') + ')'),
        el('div', { class: 'cards' }, stage(v.p1), stage(v.p2)),
        v.drift.length ? el('p', { class: 'fail', text: 'Drift: ' + v.drift.join('; ') }) : el('p', { class: 'muted', text: 'No drift against the period before.' }));
      v.drift.forEach(x => shown.push(['pilot', 'drift', x]));
    } else pilotBox.replaceChildren(el('p', { class: 'status error', text: (pilot.data && pilot.data.detail) || `HTTP ${pilot.status}` }));

    // Suspected reviewer slips per reviewer and week: their labels stay out of learning until confirmed or corrected.
    const slipBox = document.getElementById('slips');
    if (slipBox && slips.ok) {
      slips.data.weeks.forEach(w => shown.push(['slips', `${w.week} ${w.reviewer}`, `${w.suspected} suspected, ${w.confirmed} confirmed, ${w.corrected} corrected, ${w.open} open`]));
      slipBox.replaceChildren(slips.data.weeks.length ? el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, ['Week of', 'Reviewer', 'Suspected', 'Confirmed', 'Corrected', 'Open'].map(h => el('th', { text: h })))),
        el('tbody', {}, slips.data.weeks.map(w => el('tr', {}, [w.week, w.reviewer, w.suspected, w.confirmed, w.corrected, w.open].map(v => el('td', { text: String(v) }))))))
        : el('p', { class: 'muted', text: 'No suspected slips in this period.' }));
    }

    const reasons = Object.entries(d.not_auto_post_counts).sort((a, b) => b[1] - a[1]);
    const most = Math.max(1, ...reasons.map(r => r[1]));
    const tenantPart = Ledger.actingTenant ? '&tenant=' + encodeURIComponent(Ledger.actingTenant) : '';
    document.querySelector('#reasons tbody').replaceChildren(...reasons.map(([reason, n]) => {
      shown.push(['not_auto_post_counts', reason, n]);
      return el('tr', {}, el('td', {}, el('a', { href: '/review?reason=' + encodeURIComponent(reason) + tenantPart, text: reason })),
        el('td', { class: 'num', text: String(n) }),
        el('td', {}, el('span', { class: 'bar', style: `width:${Math.round(240 * n / most)}px`, 'aria-hidden': 'true' }), ' ', pct(d.population_n ? n / d.population_n : 0)));
    }));
    if (!reasons.length) document.querySelector('#reasons tbody').append(el('tr', {}, el('td', { colspan: '3', class: 'muted', text: 'Every decision of the period was auto-posted, or none was made.' })));

    const reliabilityBox = document.getElementById('reliability');
    reliabilityBox.replaceChildren(reliability(d.ece_bins));
    for (const b of d.ece_bins.filter(b => b.count > 0)) shown.push(['reliability', `${b.lower.toFixed(2)}-${b.upper.toFixed(2)}`, `${b.count} decisions, mean p ${num(b.mean_confidence)}, right ${num(b.accuracy)}`]);

    const b = d.llm_budget_status;
    const r = ready.data || {};
    document.getElementById('llm').replaceChildren(
      card(`LLM spend ${b.month} (cap $${b.tenant_cap_usd})`, `$${Number(b.tenant_spend_usd).toFixed(2)}`, 'llm'),
      card('LLM fallback', b.fallback_active ? `active: ${b.fallback_reason}` : 'off', 'llm'),
      card('LLM circuit', d.llm_circuit.configured ? d.llm_circuit.state : 'not configured', 'llm'),
      card(`plan ${d.plan_usage.month}`, `${d.plan_usage.imported_transactions} / ${d.plan_usage.max_transactions_per_month}${d.plan_usage.over_plan ? ' (over)' : ''}`, 'plan'),
      card('ready', r.ready ? 'yes' : 'no: ' + (r.problems || []).join('; '), 'readiness'),
      card('projection lag (events)', String(r.projectionLag ?? '–'), 'readiness'));

    // One metrics call per week: the same computation as the period above, over that week's decision days.
    const weeks = lastWeeks(8);
    const answers = await Promise.all(weeks.map(w => api('GET', `/api/metrics/latest?from=${w.from}&to=${w.to}`)));
    document.querySelector('#weeks tbody').replaceChildren(...weeks.map((w, i) => {
      const x = answers[i].ok ? answers[i].data : null;
      const cells = x ? [String(x.population_n), pct(x.automation_rate), x.accuracy_n ? pct(x.accuracy) : '–', x.population_n ? num(x.brier) : '–', x.population_n ? num(x.ece) : '–'] : ['–', '–', '–', '–', '–'];
      shown.push(['week', w.from, cells.join(' | ')]);
      return el('tr', {}, el('td', { text: `${w.from} – ${w.to}` }), ...cells.map(c => el('td', { class: 'num', text: c })));
    }));
    status.textContent = `Showing ${tenantSelect.options[tenantSelect.selectedIndex]?.text || ''}, ${period.options[period.selectedIndex].text}.`;
    status.className = 'status';
    document.body.dataset.ready = 'true';
  }

  form.addEventListener('submit', e => { e.preventDefault(); document.body.dataset.ready = 'false'; load(); });
  document.getElementById('csv').addEventListener('click', () =>
    Ledger.download(`ledger-ops-${tenantSelect.value}-${period.value}.csv`, Ledger.csv([['section', 'name', 'value'], ...shown])));
  await load();
});
