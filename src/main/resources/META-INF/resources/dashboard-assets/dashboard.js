// Pavilion dashboard: the effectiveness report and overdue follow-ups, drawn with Apache ECharts.
// The bearer token comes from sessionStorage["pavilion.token"], else an OpenID Connect sign-in (authorization code
// with PKCE) against the configured issuer, else (dev mode only) a dev token.
(function () {
  'use strict';
  const TOKEN = 'pavilion.token';
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const status = document.getElementById('status');
  window.pavilionDashboard = { ready: false, charts: {} };

  function base64Url(bytes) {
    return btoa(String.fromCharCode.apply(null, new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function discovery(issuer) {
    const response = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
    if (!response.ok) throw new Error('The sign-in provider cannot be reached');
    return response.json();
  }

  async function signInWithOidc(config) {
    const provider = await discovery(config.issuer);
    const params = new URLSearchParams(location.search);
    const redirect = location.origin + location.pathname;
    if (params.has('code') && sessionStorage.getItem('pavilion.pkce')) {
      const body = new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirect,
        client_id: config.clientId, code_verifier: sessionStorage.getItem('pavilion.pkce') });
      const response = await fetch(provider.token_endpoint, { method: 'POST', body });
      sessionStorage.removeItem('pavilion.pkce');
      if (!response.ok) throw new Error('Sign-in failed');
      const tokens = await response.json();
      sessionStorage.setItem(TOKEN, tokens.access_token);
      history.replaceState(null, '', redirect);
      return tokens.access_token;
    }
    const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
    sessionStorage.setItem('pavilion.pkce', verifier);
    const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    const query = new URLSearchParams({ response_type: 'code', client_id: config.clientId, redirect_uri: redirect,
      scope: 'openid', code_challenge: challenge, code_challenge_method: 'S256' });
    location.assign(provider.authorization_endpoint + '?' + query);
    return new Promise(() => {});
  }

  async function token() {
    const stored = sessionStorage.getItem(TOKEN);
    if (stored) return stored;
    const config = await (await fetch('/dashboard/sign-in')).json();
    if (config.issuer) return signInWithOidc(config);
    if (config.devTokens) {
      const dev = await fetch('/dev/token?sub=dashboard&roles=finance,officer&name=Dashboard');
      if (dev.ok) {
        const value = (await dev.text()).trim();
        sessionStorage.setItem(TOKEN, value);
        return value;
      }
    }
    throw new Error('No token: set sessionStorage["pavilion.token"] or configure PAVILION_DASHBOARD_OIDC_ISSUER');
  }

  async function api(path, bearer, accept) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + bearer, Accept: accept || 'application/json' } });
    if (!response.ok) {
      let detail = response.status + '';
      try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return accept && accept !== 'application/json' ? response.blob() : response.json();
  }

  function percent(value) {
    return value == null ? null : Math.round(Number(value) * 10000) / 100;
  }

  function chart(id, option) {
    const instance = echarts.init(document.getElementById(id));
    // No animation: the figures are what matter, and a screenshot or a print shows them whole at once.
    instance.setOption(Object.assign({ animation: false }, option));
    window.pavilionDashboard.charts[id] = instance;
    return instance;
  }

  function conversionByFair(report) {
    const rows = report.rows.filter(r => r.key !== 'none');
    chart('conversion-by-fair', {
      tooltip: { trigger: 'axis', valueFormatter: v => v == null ? '–' : v + ' %' },
      legend: { data: ['3 months', '6 months', '12 months'] },
      grid: { left: 48, right: 16, bottom: 80 },
      xAxis: { type: 'category', data: rows.map(r => r.label), axisLabel: { rotate: 20, fontSize: 10 } },
      yAxis: { type: 'value', name: '%' },
      series: ['3', '6', '12'].map(m => ({ name: m + ' months', type: 'bar', data: rows.map(r => percent(r.conversion[m])) }))
    });
  }

  function supportPerUsd(report) {
    const rows = report.rows.filter(r => r.supportKrwPerSignedUsd != null);
    chart('support-per-usd', {
      tooltip: { trigger: 'axis' },
      grid: { left: 64, right: 16, bottom: 80 },
      xAxis: { type: 'category', data: rows.map(r => r.label), axisLabel: { rotate: 20, fontSize: 10 } },
      yAxis: { type: 'value', name: 'KRW per USD' },
      series: [{ name: 'Support KRW per signed USD', type: 'bar', data: rows.map(r => Number(r.supportKrwPerSignedUsd)) }]
    });
  }

  function seriesOverYears(report, fairs) {
    const byId = new Map(fairs.map(f => [f.id, f]));
    const years = new Set();
    const series = new Map();
    for (const row of report.rows) {
      const fair = byId.get(row.key);
      if (!fair) continue;
      const year = fair.endsOn.substring(0, 4);
      const name = fair.series || fair.name;
      years.add(year);
      if (!series.has(name)) series.set(name, new Map());
      series.get(name).set(year, percent(row.conversion['12']));
    }
    const axis = Array.from(years).sort();
    chart('series-over-years', {
      tooltip: { trigger: 'axis', valueFormatter: v => v == null ? '–' : v + ' %' },
      legend: { data: Array.from(series.keys()) },
      xAxis: { type: 'category', data: axis },
      yAxis: { type: 'value', name: '%' },
      series: Array.from(series.entries()).map(([name, values]) => ({ name, type: 'line', connectNulls: true,
        data: axis.map(y => values.has(y) ? values.get(y) : null) }))
    });
  }

  function overdue(page) {
    document.getElementById('overdue-count').textContent = page.total + ' rounds overdue';
    const body = document.querySelector('#overdue tbody');
    body.innerHTML = '';
    for (const round of page.items.slice(0, 12)) {
      const tr = document.createElement('tr');
      for (const text of [round.companyName, round.month, round.dueOn]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  }

  function downloads(bearer) {
    document.querySelectorAll('button[data-download]').forEach(button => button.addEventListener('click', async () => {
      const format = button.dataset.format;
      const blob = await api('/api/v1/reports/effectiveness?groupBy=' + button.dataset.download, bearer,
        format === 'csv' ? 'text/csv' : XLSX);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'effectiveness-by-' + button.dataset.download + '.' + format;
      link.click();
      URL.revokeObjectURL(link.href);
    }));
  }

  async function main() {
    try {
      const bearer = await token();
      const [byFair, fairs, late] = await Promise.all([
        api('/api/v1/reports/effectiveness?groupBy=fair', bearer),
        api('/api/v1/fairs?size=200', bearer),
        api('/api/v1/follow-ups?status=OVERDUE&size=50', bearer)]);
      conversionByFair(byFair);
      supportPerUsd(byFair);
      seriesOverYears(byFair, fairs.items);
      overdue(late);
      downloads(bearer);
      status.textContent = 'Effectiveness of ' + byFair.totals.programmes + ' programmes';
      window.pavilionDashboard.ready = true;
    } catch (error) {
      status.textContent = 'Cannot show the dashboard: ' + error.message;
      window.pavilionDashboard.error = error.message;
    }
  }

  window.addEventListener('resize', () => Object.values(window.pavilionDashboard.charts).forEach(c => c.resize()));
  main();
})();
