#!/usr/bin/env node
// Self-check of the test support: starts platform-server.mjs, runs full
// authorization code + PKCE logins through browser-scripted.mjs against a
// loopback callback listener, and exercises refresh rotation, reuse
// detection, revocation, device flow, Platform API and control endpoints.
// Usage: node tests/support/selfcheck.mjs [--playwright] [--keep]   exit 0 = all passed

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const withPlaywright = process.argv.includes('--playwright');
const keep = process.argv.includes('--keep'); // keep the temp dir (browser outputs, screenshots)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seqera-selfcheck-'));
let passed = 0;
let failed = 0;
function check(name, cond, detail = '') {
  if (cond) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}
const b64url = (buf) => buf.toString('base64url');

// ------------------------------------------------------------ the server
const server = spawn(process.execPath, [path.join(here, 'platform-server.mjs'),
  '--access-token-ttl', '60', '--pat', 'pat-123=pat.user@example.com'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const info = await new Promise((resolve, reject) => {
  const rl = readline.createInterface({ input: server.stdout });
  rl.once('line', (l) => resolve(JSON.parse(l)));
  server.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  setTimeout(() => reject(new Error('server start timeout')), 15000);
});
let extraStdout = '';
server.stdout.on('data', (d) => { extraStdout += d; });
const base = `http://127.0.0.1:${info.port}`;
check('startup line', info.issuer === `${base}/api` && info.api === `${base}/api`, JSON.stringify(info));

async function getJson(url, opts = {}) {
  const r = await fetch(url, opts);
  const text = await r.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: r.status, json, text };
}
const postForm = (url, form) => getJson(url, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(form).toString(),
});
const postJson = (url, obj) => getJson(url, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(obj),
});

// -------------------------------------------------------------- discovery
const disc = (await getJson(`${info.issuer}/.well-known/openid-configuration`)).json;
for (const k of ['authorization_endpoint', 'token_endpoint', 'revocation_endpoint', 'userinfo_endpoint',
  'device_authorization_endpoint', 'end_session_endpoint']) {
  check(`discovery ${k}`, typeof disc[k] === 'string' && disc[k].startsWith(`${info.issuer}/`), disc[k]);
}
check('discovery issuer', disc.issuer === info.issuer);
check('discovery S256', disc.code_challenge_methods_supported?.includes('S256'));

// ------------------------------------------------------------ login helper
async function login({ action = 'login', browser = 'browser-scripted.mjs', user = 'user' } = {}) {
  const verifier = b64url(crypto.randomBytes(32));
  const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
  const state = b64url(crypto.randomBytes(16));
  const result = {};
  const cb = http.createServer();
  await new Promise((r) => { cb.listen(0, '127.0.0.1', r); });
  const redirectUri = `http://127.0.0.1:${cb.address().port}/callback`;
  const done = new Promise((resolve) => {
    cb.on('request', async (req, res) => {
      const u = new URL(req.url, redirectUri);
      if (u.pathname !== '/callback') {
        res.writeHead(404).end();
        return;
      }
      result.query = Object.fromEntries(u.searchParams);
      if (result.query.code) {
        // exchange like Qt 6.4 does: with an empty client_secret
        result.token = await postForm(disc.token_endpoint, {
          grant_type: 'authorization_code',
          code: result.query.code,
          code_verifier: verifier,
          redirect_uri: redirectUri,
          client_id: 'seqera_ai_cli',
          client_secret: '',
        });
      }
      const ok = result.token?.status === 200;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html' });
      res.end(ok ? '<h1>Authentication successful</h1>' : '<h1>Authentication failed</h1>');
      resolve();
    });
  });
  const authUrl = new URL(disc.authorization_endpoint);
  authUrl.search = new URLSearchParams({
    client_id: 'seqera_ai_cli',
    audience: 'platform',
    scope: 'openid profile email offline_access',
    response_type: 'code',
    redirect_uri: redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const out = path.join(tmp, `browser-${Date.now()}.json`);
  const child = spawn(process.execPath, [path.join(here, browser), authUrl.href], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      SEQERA_TEST_BROWSER_OUT: out,
      SEQERA_TEST_BROWSER_ACTION: action,
      SEQERA_TEST_USER: user,
      SEQERA_TEST_BROWSER_LOG: path.join(tmp, 'browser.log'),
    },
  });
  const code = await new Promise((r) => { child.on('exit', r); });
  await Promise.race([done, new Promise((r) => { setTimeout(r, 1000); })]);
  cb.close();
  result.browserExit = code;
  result.browserOut = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  result.state = state;
  result.outFile = out;
  return result;
}

function decodeJwt(t) {
  return JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString());
}

const refresh = (rt, extra = {}) => postForm(disc.token_endpoint, {
  grant_type: 'refresh_token',
  refresh_token: rt,
  scope: 'openid profile email offline_access',
  client_id: 'seqera_ai_cli',
  ...extra,
});
const userInfo = (t) => getJson(`${info.api}/user-info`, { headers: { authorization: `Bearer ${t}` } });

try {
  // ------------------------------------------------------ full login #1
  const l1 = await login();
  check('browser exit 0', l1.browserExit === 0);
  check('callback state', l1.query?.state === l1.state);
  check('callback iss', l1.query?.iss === info.issuer, l1.query?.iss);
  check('browser out status 200', l1.browserOut?.status === 200 && /successful/.test(l1.browserOut.body),
    JSON.stringify(l1.browserOut));
  check('browser out callbackUrl', l1.browserOut?.callbackUrl?.startsWith('http://127.0.0.1:'));
  const t1 = l1.token?.json ?? {};
  check('code exchange 200 (empty client_secret)', l1.token?.status === 200, l1.token?.text);
  check('refresh_token issued', typeof t1.refresh_token === 'string');
  check('scope keeps offline_access', t1.scope?.split(' ').includes('offline_access'), t1.scope);
  check('expires_in = 60', t1.expires_in === 60, String(t1.expires_in));
  const idt = t1.id_token ? decodeJwt(t1.id_token) : {};
  check('id_token email', idt.email === 'user@example.com', JSON.stringify(idt));
  check('id_token iss/aud', idt.iss === info.issuer && idt.aud === 'seqera_ai_cli');

  const ui = await userInfo(t1.access_token);
  check('platform user-info 200', ui.status === 200 && ui.json?.user?.email === 'user@example.com'
    && ui.json.user.userName === 'user' && ui.json.needConsent === false, ui.text);
  const bad = await userInfo('nope');
  check('platform user-info 401', bad.status === 401 && bad.json?.message === 'Unauthorized', bad.text);
  const noauth = await getJson(`${info.api}/user-info`);
  check('platform user-info no header 401', noauth.status === 401);
  const oui = await getJson(disc.userinfo_endpoint, { headers: { authorization: `Bearer ${t1.access_token}` } });
  check('oidc userinfo email', oui.json?.email === 'user@example.com', oui.text);
  const si = await getJson(`${info.api}/service-info`);
  check('service-info', si.json?.serviceInfo?.version === '25.3.0-test' && si.json.serviceInfo.apiVersion === '1.60.0');
  const pat = await userInfo('pat-123');
  check('PAT from --pat', pat.status === 200 && pat.json?.user?.email === 'pat.user@example.com', pat.text);
  await postJson(`${base}/__test/pat`, { token: 'pat-456', email: 'other@example.com' });
  const pat2 = await userInfo('pat-456');
  check('PAT from /__test/pat', pat2.status === 200 && pat2.json?.user?.userName === 'other', pat2.text);

  // ------------------------------------------------- refresh rotation
  const r1 = await refresh(t1.refresh_token, { client_secret: '', redirect_uri: 'http://127.0.0.1:1234/callback' });
  check('refresh #1 (empty secret + redirect_uri) 200', r1.status === 200, r1.text);
  check('refresh #1 rotated', r1.json?.refresh_token && r1.json.refresh_token !== t1.refresh_token);
  check('refresh #1 new access token works', (await userInfo(r1.json?.access_token)).status === 200);
  const r2 = await refresh(r1.json?.refresh_token);
  check('refresh #2 200', r2.status === 200 && r2.json?.refresh_token !== r1.json?.refresh_token, r2.text);
  const reuse = await refresh(t1.refresh_token);
  check('reuse of consumed refresh token -> invalid_grant', reuse.status === 400 && reuse.json?.error === 'invalid_grant',
    reuse.text);
  const after = await refresh(r2.json?.refresh_token);
  check('grant revoked after reuse (latest RT invalid_grant)', after.status === 400 && after.json?.error === 'invalid_grant',
    after.text);
  check('access token dead after reuse', (await userInfo(r2.json?.access_token)).status === 401);

  // ------------------------------------------- concurrent refreshes
  const lc = await login();
  const rtc = lc.token?.json?.refresh_token;
  const [c1, c2] = await Promise.all([refresh(rtc), refresh(rtc)]);
  const codes = [c1, c2].map((x) => x.json?.error ?? x.status).sort().join(',');
  check('concurrent refresh: one 200, one invalid_grant', codes === '200,invalid_grant', codes);
  const winner = [c1, c2].find((x) => x.status === 200);
  const cw = await refresh(winner?.json?.refresh_token);
  check('concurrent refresh: grant revoked', cw.json?.error === 'invalid_grant', cw.text);

  // ----------------------------------------------------------- deny
  const d = await login({ action: 'deny' });
  check('deny: browser exit 0', d.browserExit === 0);
  check('deny: error=access_denied with state', d.query?.error === 'access_denied' && d.query?.state === d.state,
    JSON.stringify(d.query));
  check('deny: recorded callback', d.browserOut?.callbackUrl?.includes('error=access_denied'));

  // ----------------------------------------------------- revocation
  const l2 = await login({ user: 'alice' });
  const t2 = l2.token?.json ?? {};
  const ui2 = await userInfo(t2.access_token);
  check('login as alice', ui2.json?.user?.email === 'alice@example.com', ui2.text);
  const rv = await postForm(disc.revocation_endpoint, {
    token: t2.refresh_token, token_type_hint: 'refresh_token', client_id: 'seqera_ai_cli',
  });
  check('revocation 200', rv.status === 200, rv.text);
  const rr = await refresh(t2.refresh_token);
  check('refresh after revocation -> invalid_grant', rr.json?.error === 'invalid_grant', rr.text);
  check('access token dead after RT revocation (grant revoked)', (await userInfo(t2.access_token)).status === 401);

  // ------------------------------------------------------ revoke-all
  const l3 = await login();
  const t3 = l3.token?.json ?? {};
  const ra = await postJson(`${base}/__test/revoke-all`, {});
  check('revoke-all', ra.status === 200 && ra.json?.grants >= 1, ra.text);
  const r3 = await refresh(t3.refresh_token);
  check('refresh after revoke-all -> invalid_grant', r3.json?.error === 'invalid_grant', r3.text);

  // ------------------------------------------------------ device flow
  const dv = await postForm(disc.device_authorization_endpoint, {
    client_id: 'seqera_ai_cli', scope: 'openid profile email offline_access',
  });
  check('device authorization', dv.status === 200 && dv.json?.device_code && dv.json?.user_code
    && dv.json?.verification_uri?.startsWith(info.issuer), dv.text);
  const dp = await postForm(disc.token_endpoint, {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: dv.json?.device_code, client_id: 'seqera_ai_cli',
  });
  check('device poll -> authorization_pending', dp.json?.error === 'authorization_pending', dp.text);
  const runBrowser = (u, env = {}) => new Promise((resolve) => {
    spawn(process.execPath, [path.join(here, 'browser-scripted.mjs'), u], {
      stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env },
    }).on('exit', resolve);
  });
  check('device approve via browser-scripted', await runBrowser(dv.json?.verification_uri_complete, { SEQERA_TEST_USER: 'dev' }) === 0);
  const dt = await postForm(disc.token_endpoint, {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: dv.json?.device_code, client_id: 'seqera_ai_cli',
  });
  check('device token issued', dt.status === 200 && dt.json?.refresh_token && dt.json?.id_token, dt.text);
  check('device token user', (await userInfo(dt.json?.access_token)).json?.user?.email === 'dev@example.com');
  const dr = await refresh(dt.json?.refresh_token);
  check('device refresh with full scope', dr.status === 200, dr.text);
  const dv2 = await postForm(disc.device_authorization_endpoint, { client_id: 'seqera_ai_cli', scope: 'openid offline_access' });
  const denyExit = await runBrowser(dv2.json?.verification_uri, { SEQERA_TEST_BROWSER_ACTION: 'deny', SEQERA_TEST_USER_CODE: dv2.json?.user_code });
  const dd = await postForm(disc.token_endpoint, {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: dv2.json?.device_code, client_id: 'seqera_ai_cli',
  });
  check('device deny browser exit 0', denyExit === 0);
  check('device deny -> access_denied', dd.json?.error === 'access_denied', dd.text);

  // ----------------------------------------------------------- faults
  await postJson(`${base}/__test/reset`, {});
  await postJson(`${base}/__test/fault`, { target: 'token', kind: '500', count: 1 });
  const f1 = await refresh('x');
  check('fault 500', f1.status === 500 && f1.json?.error === 'server_error', f1.text);
  const f2 = await refresh('x');
  check('fault consumed after count', f2.status === 400 && f2.json?.error === 'invalid_grant', f2.text);
  await postJson(`${base}/__test/fault`, { target: 'discovery', kind: 'malformed', count: 1 });
  const f3 = await getJson(`${info.issuer}/.well-known/openid-configuration`);
  check('fault malformed', f3.status === 200 && f3.text === '{not json');
  await postJson(`${base}/__test/fault`, { target: 'platform-user-info', kind: 'reset', count: 1 });
  let resetErr = false;
  try { await fetch(`${info.api}/user-info`); } catch { resetErr = true; }
  check('fault reset', resetErr);
  await postJson(`${base}/__test/fault`, { target: 'revocation', kind: 'hang', count: 1 });
  let hung = false;
  try {
    await fetch(disc.revocation_endpoint, {
      method: 'POST', body: 'token=x', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      signal: AbortSignal.timeout(1000),
    });
  } catch (e) { hung = e.name === 'TimeoutError'; }
  check('fault hang', hung);
  const st = (await getJson(`${base}/__test/stats`)).json;
  check('stats', st.token.refresh_token === 2 && st.tokenErrors === 1 && st.discovery === 1
    && st.revocations === 1 && st.userInfo === 1 && st.revokedTokenTypes.length === 1, JSON.stringify(st));

  if (withPlaywright) {
    const pw = await login({ browser: 'browser-playwright.mjs' });
    check('playwright login', pw.browserExit === 0 && pw.token?.status === 200 && pw.browserOut?.status === 200,
      JSON.stringify(pw.browserOut));
    check('playwright screenshot', fs.existsSync(`${pw.outFile}.png`));
  }

  const log = fs.readFileSync(path.join(tmp, 'browser.log'), 'utf8');
  check('browser log has no query strings', log.trim().split('\n').every((l) => l === `${info.issuer}/auth`), log);
  check('nothing else on server stdout', extraStdout === '', extraStdout);
} catch (e) {
  check('no exception', false, e?.stack ?? String(e));
}

// -------------------------------------------- exit when stdin is closed
server.stdin.end();
const exited = await Promise.race([
  new Promise((r) => { server.once('exit', (c) => r(c === 0 ? 'clean' : `code ${c}`)); }),
  new Promise((r) => { setTimeout(() => r('timeout'), 5000); }),
]);
check('server exits when stdin closes', exited === 'clean', exited);
if (exited === 'timeout') server.kill('SIGKILL');
if (keep) console.log(`kept ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
