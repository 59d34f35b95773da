#!/usr/bin/env node
// Scripted "browser" for tests: use as $BROWSER. Usage: browser-scripted.mjs URL
//
// Behaves like a user with node's fetch, a small cookie jar and manual
// redirects: follows the authorize URL to the login page of platform-server.mjs,
// signs in, consents, follows redirects until it leaves the provider's origin
// (the loopback callback), GETs the callback and records what it answered.
//
// Env:
//   SEQERA_TEST_USER            login name (default "user")
//   SEQERA_TEST_BROWSER_ACTION  login (default) | deny | record
//   SEQERA_TEST_BROWSER_OUT     JSON result file (optional)
//   SEQERA_TEST_BROWSER_LOG     append one line per invocation: origin+path only
//   SEQERA_TEST_CALLBACK_TIMEOUT_MS  wait for the callback answer (default 60000)
//   SEQERA_TEST_USER_CODE       device flow: user code when URL has no user_code
//
// Device flow: given verification_uri(_complete) it also enters/confirms the
// user code, signs in and consents; it ends on the success page
// (out file: callbackUrl null, body = page text).

import { logInvocation, writeOut } from './browser-common.mjs';

const url = process.argv[2];
const action = process.env.SEQERA_TEST_BROWSER_ACTION || 'login';
const user = process.env.SEQERA_TEST_USER || 'user';
const callbackTimeout = Number(process.env.SEQERA_TEST_CALLBACK_TIMEOUT_MS || 60000);
const STEP_TIMEOUT = 15000;

function fail(reason, extra = {}) {
  process.stderr.write(`browser-scripted: ${String(reason).replace(/\s+/g, ' ')}\n`);
  try {
    writeOut({ error: String(reason), authorizeUrl: url ?? null, ...extra });
  } catch { /* ignore */ }
  process.exit(1);
}

logInvocation(url);

if (!url) fail('usage: browser-scripted.mjs URL');
let start;
try {
  start = new URL(url);
} catch {
  fail(`not a URL: ${url}`);
}
if (!['login', 'deny', 'record'].includes(action)) fail(`unknown SEQERA_TEST_BROWSER_ACTION ${action}`);

if (action === 'record') {
  writeOut({ authorizeUrl: url });
  process.exit(0);
}

// ------------------------------------------------------------ cookie jar
const jar = new Map(); // `${host}|${path}|${name}` -> { host, path, name, value }
function storeCookies(reqUrl, res) {
  const list = res.headers.getSetCookie?.() ?? [];
  for (const sc of list) {
    const parts = sc.split(';').map((s) => s.trim());
    const eq = parts[0].indexOf('=');
    if (eq <= 0) continue;
    const name = parts[0].slice(0, eq);
    const value = parts[0].slice(eq + 1);
    let path = '/';
    let expired = false;
    for (const a of parts.slice(1)) {
      const [k, ...v] = a.split('=');
      const key = k.toLowerCase();
      const val = v.join('=');
      if (key === 'path' && val.startsWith('/')) path = val;
      if (key === 'max-age' && Number(val) <= 0) expired = true;
      if (key === 'expires' && Date.parse(val) <= Date.now()) expired = true;
    }
    const key = `${reqUrl.host}|${path}|${name}`;
    if (expired) jar.delete(key);
    else jar.set(key, { host: reqUrl.host, path, name, value });
  }
}
function cookieHeader(reqUrl) {
  const out = [];
  for (const c of jar.values()) {
    if (c.host !== reqUrl.host) continue;
    const p = reqUrl.pathname;
    if (p === c.path || p.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)) {
      out.push(`${c.name}=${c.value}`);
    }
  }
  return out.join('; ');
}

async function request(target, { method = 'GET', form, timeout = STEP_TIMEOUT } = {}) {
  const headers = { 'user-agent': 'seqera-test-browser/1', accept: 'text/html,*/*' };
  const ck = cookieHeader(target);
  if (ck) headers.cookie = ck;
  let body;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const res = await fetch(target, {
    method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeout),
  });
  storeCookies(target, res);
  const text = await res.text();
  return { status: res.status, location: res.headers.get('location'), text };
}

// --------------------------------------------------------------- parsing
function findForm(html, id) {
  const re = id === undefined ? /<form\b[^>]*>([\s\S]*?)<\/form>/i
    : new RegExp(`<form[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</form>`, 'i');
  const m = re.exec(html);
  if (!m) return undefined;
  const action = /\baction="([^"]*)"/i.exec(m[0])?.[1] ?? '';
  const method = (/\bmethod="([^"]*)"/i.exec(m[0])?.[1] ?? 'GET').toUpperCase();
  const fields = {};
  for (const im of m[1].matchAll(/<input\b[^>]*>/gi)) {
    const name = /\bname="([^"]*)"/i.exec(im[0])?.[1];
    if (name) fields[name] = /\bvalue="([^"]*)"/i.exec(im[0])?.[1] ?? '';
  }
  const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return { action: unescape(action), method, fields };
}

const pageText = (html) => html.replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ').trim().slice(0, 300);

// ------------------------------------------------------------------ main
async function main() {
  const providerOrigin = start.origin;
  let current = start;
  let method = 'GET';
  let form;
  for (let step = 0; step < 30; step += 1) {
    let r;
    try {
      r = await request(current, { method, form });
    } catch (e) {
      fail(`request to ${current.origin}${current.pathname} failed: ${e.message}`);
    }
    method = 'GET';
    form = undefined;
    if (r.status >= 300 && r.status < 400 && r.location) {
      const next = new URL(r.location, current);
      if (next.origin !== providerOrigin) {
        // Left the provider: this is the client's redirect_uri (callback).
        let cb;
        try {
          cb = await request(next, { timeout: callbackTimeout });
        } catch (e) {
          fail(`callback request failed: ${e.message}`, { callbackUrl: next.href });
        }
        writeOut({ authorizeUrl: url, callbackUrl: next.href, status: cb.status, body: cb.text });
        return;
      }
      current = next;
      continue;
    }
    if (r.status !== 200) {
      fail(`unexpected HTTP ${r.status} at ${current.pathname}: ${pageText(r.text)}`);
    }
    if (/id="device-success"/.test(r.text)) {
      // device flow: approved, nothing to call back
      writeOut({ authorizeUrl: url, callbackUrl: null, status: r.status, body: pageText(r.text) });
      return;
    }
    const deviceInput = findForm(r.text, 'op\\.deviceInputForm');
    const deviceConfirm = findForm(r.text, 'op\\.deviceConfirmForm');
    if (deviceInput && action === 'deny' && /class="device-aborted"/.test(r.text)) {
      writeOut({ authorizeUrl: url, callbackUrl: null, status: r.status, body: pageText(r.text) });
      return;
    }
    if (/document\.forms\[0\]\.submit\(\)/.test(r.text) && findForm(r.text)) {
      // auto-submitting form (the provider's device flow callback)
      const f = findForm(r.text);
      current = new URL(f.action || current.href, current);
      method = f.method;
      form = f.fields;
      continue;
    }
    if (deviceInput && /id="error"/.test(r.text)) fail(`device code rejected: ${pageText(r.text)}`);
    if (deviceInput || deviceConfirm) {
      const f = deviceInput ?? deviceConfirm;
      if (deviceInput && !f.fields.user_code) {
        f.fields.user_code = start.searchParams.get('user_code') ?? process.env.SEQERA_TEST_USER_CODE ?? '';
      }
      if (deviceConfirm && action === 'deny') f.fields.abort = 'yes';
      current = new URL(f.action || current.href, current);
      method = f.method;
      form = f.fields;
      continue;
    }
    const login = findForm(r.text, 'login-form');
    const consent = findForm(r.text, 'consent-form');
    const abort = findForm(r.text, 'abort-form');
    let chosen;
    if (action === 'deny' && abort && (login || consent)) {
      chosen = abort;
    } else if (login) {
      chosen = login;
      chosen.fields.login = user;
      chosen.fields.password = 'password';
    } else if (consent) {
      chosen = consent;
    } else {
      fail(`no login or consent form at ${current.pathname}: ${pageText(r.text)}`);
    }
    current = new URL(chosen.action || current.href, current);
    method = chosen.method;
    form = chosen.fields;
  }
  fail('too many steps');
}

main().then(() => process.exit(0), (e) => fail(e?.message ?? e));
