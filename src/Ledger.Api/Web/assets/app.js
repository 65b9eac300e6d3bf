'use strict';
// Shared by every page: the session (cookie + antiforgery token), the JSON calls, number formats, the header.
const Ledger = (() => {
  let session = null;
  const query = new URLSearchParams(location.search);
  // Operators act on the tenant the page names (?tenant=), sent as X-Ledger-Tenant like any other operator client.
  let actingTenant = query.get('tenant') || '';

  function safeNext(value) {
    return value && value.startsWith('/') && !value.startsWith('//') ? value : '/review';
  }

  async function loadSession() {
    const response = await fetch('/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    session = await response.json();
    return session;
  }

  function toSignIn() {
    location.replace('/signin?next=' + encodeURIComponent(location.pathname + location.search));
  }

  async function requireSignIn(pageName) {
    const s = await loadSession();
    if (!s.signedIn) { toSignIn(); return new Promise(() => {}); }
    renderHeader(s, pageName);
    document.body.classList.add('role-' + s.role);
    return s;
  }

  async function api(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && session) headers['X-CSRF-TOKEN'] = session.antiforgery;
    if (session && session.role === 'operator' && actingTenant) headers['X-Ledger-Tenant'] = actingTenant;
    const response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let data = null;
    if (text) { try { data = JSON.parse(text); } catch { data = text; } }
    if (response.status === 401 && location.pathname !== '/signin') toSignIn();
    return { ok: response.ok, status: response.status, data };
  }

  function canChange() { return session && ['admin', 'reviewer', 'operator'].includes(session.role); }

  function renderHeader(s, pageName) {
    const header = document.querySelector('header.top');
    if (!header) return;
    header.querySelectorAll('nav a').forEach(a => { if (a.dataset.page === pageName) a.setAttribute('aria-current', 'page'); });
    const who = header.querySelector('.who');
    who.textContent = `${s.user} · ${s.role}${s.tenantName ? ' · ' + s.tenantName : ''}${actingTenant && s.role === 'operator' ? ' · acting on ' + actingTenant : ''} `;
    const out = document.createElement('button');
    out.type = 'button';
    out.textContent = 'Sign out';
    out.addEventListener('click', async () => { await api('POST', '/session/signout'); location.replace('/signin'); });
    who.appendChild(out);
    // Keep the operator's tenant when moving between pages.
    if (actingTenant) header.querySelectorAll('nav a').forEach(a => { a.href = a.pathname + '?tenant=' + encodeURIComponent(actingTenant); });
  }

  const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Money: two decimals, thousands separated, a leading minus for money out (the same on every page).
  function money(value) { return value === null || value === undefined ? '' : (value < 0 ? '-' : '') + moneyFormat.format(Math.abs(value)); }
  function cents(value) { return Math.round(Number(value) * 100); }
  function pct(value, digits = 1) { return value === null || value === undefined || isNaN(value) ? '–' : (value * 100).toFixed(digits) + '%'; }
  function num(value, digits = 3) { return value === null || value === undefined || isNaN(value) ? '–' : Number.isInteger(value) ? String(value) : Number(value).toFixed(digits); }
  function when(instant) { return instant ? new Date(instant).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''; }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'style') node.style.cssText = v;   // through the CSSOM: the pages' CSP refuses style attributes
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function moneyCell(value) { return el('td', { class: 'num' + (value < 0 ? ' neg' : ''), text: money(value) }); }

  function csv(rows) {
    const cell = v => {
      let s = v === null || v === undefined ? '' : String(v);
      if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;   // a spreadsheet shows it as text (OWASP CSV injection)
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return rows.map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }

  function download(name, text, type = 'text/csv') {
    const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(a); a.click(); a.remove();
  }

  return {
    get session() { return session; }, get actingTenant() { return actingTenant; }, set actingTenant(v) { actingTenant = v; },
    query, safeNext, loadSession, requireSignIn, api, canChange, money, cents, pct, num, when, el, moneyCell, csv, download,
  };
})();
