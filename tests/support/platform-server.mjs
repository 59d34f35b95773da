#!/usr/bin/env node
// Test-only emulation of Seqera Platform on loopback: a real OpenID Connect
// provider (oidc-provider) mounted under /api, the Platform API endpoints the
// CLI uses (/api/user-info, /api/service-info) and test control endpoints
// (/__test/*). See README.md in this folder.
//
// stdout carries exactly one JSON line once listening; everything else goes to
// stderr. Exits on SIGTERM/SIGINT and when stdin (a pipe) is closed.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

// oidc-provider prints NOTICEs with console.info (stdout); keep stdout for
// the single JSON line.
console.log = console.info = (...a) => console.error(...a);

const log = (...a) => console.error('[platform-server]', ...a);

// ---------------------------------------------------------------- arguments
const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'access-token-ttl': { type: 'string', default: '3600' },
    'refresh-token-ttl': { type: 'string', default: '86400' },
    'token-delay-ms': { type: 'string', default: '0' },
    pat: { type: 'string', multiple: true, default: [] },
    'no-stdin-exit': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
  strict: true,
});

const intArg = (name) => {
  const v = Number.parseInt(opts[name], 10);
  if (!Number.isFinite(v) || v < 0) {
    console.error(`invalid --${name}: ${opts[name]}`);
    process.exit(2);
  }
  return v;
};
const PORT = intArg('port');
const ACCESS_TTL = intArg('access-token-ttl');
const REFRESH_TTL = intArg('refresh-token-ttl');
const TOKEN_DELAY_MS = intArg('token-delay-ms');
const CLIENT_ID = 'seqera_ai_cli';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

// ------------------------------------------------------------------ users
const userIds = new Map(); // userName -> numeric id
function platformUser(userName, email) {
  if (!userIds.has(userName)) userIds.set(userName, userIds.size + 1);
  return {
    id: userIds.get(userName),
    userName,
    email: email ?? `${userName}@example.com`,
    firstName: null,
    lastName: null,
  };
}

const pats = new Map(); // token -> email
for (const p of opts.pat) {
  const i = p.indexOf('=');
  if (i <= 0) {
    console.error(`invalid --pat (want TOKEN=EMAIL): ${p}`);
    process.exit(2);
  }
  pats.set(p.slice(0, i), p.slice(i + 1));
}

// ------------------------------------------------------------ stats/faults
function freshStats() {
  return {
    token: { authorization_code: 0, refresh_token: 0, [DEVICE_GRANT]: 0 },
    tokenErrors: 0, // token endpoint answers >= 400 produced by the provider
    revocations: 0,
    revokedTokenTypes: [], // token_type_hint of each revocation request (null if absent)
    userInfo: 0, // GET /api/user-info (Platform API)
    oidcUserInfo: 0, // OIDC userinfo endpoint
    serviceInfo: 0,
    discovery: 0,
    authorize: 0,
    faultsInjected: 0,
    hostileBytes: 0, // body bytes the hostile modes managed to send
    stolen: [], // requests that reached the decoy origin: {method, path, authorization, body}
    // Per grant type, the parameter names of its last token request in order, repeats
    // included (names only, never values): a parameter sent twice shows twice.
    tokenParameterNames: {},
  };
}
let stats = freshStats();
let faults = new Map(); // target -> { kind, count }
const TARGETS = new Set(['token', 'discovery', 'revocation', 'userinfo', 'platform-user-info', 'authorize']);
const KINDS = new Set(['500', 'hang', 'malformed', 'reset']);
const hanging = new Set();
// Hostile modes (POST /__test/hostile, cleared by /__test/reset): a Platform that attacks its
// client. See README.md.
let hostile = {};
let tokenQueue = Promise.resolve();

// --------------------------------------------------------------- adapter
// Small in-memory adapter (instead of the bundled LRU one) so that
// /__test/revoke-all can enumerate and drop every grant.
const store = new Map(); // `${model}:${id}` -> { payload, expiresAt }
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode',
  'BackchannelAuthenticationRequest', 'Grant']);
class MemoryAdapter {
  constructor(name) { this.name = name; }

  key(id) { return `${this.name}:${id}`; }

  async upsert(id, payload, expiresIn) {
    // keep a little longer than the lifetime: the provider checks expiry itself
    const expiresAt = expiresIn ? Date.now() + (expiresIn + 60) * 1000 : Infinity;
    store.set(this.key(id), { payload: structuredClone(payload), expiresAt });
  }

  get(key) {
    const e = store.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return structuredClone(e.payload);
  }

  async find(id) { return this.get(this.key(id)); }

  scan(pred) {
    for (const [k, e] of store) {
      if (k.startsWith(`${this.name}:`) && pred(e.payload)) return this.get(k);
    }
    return undefined;
  }

  async findByUserCode(userCode) { return this.scan((p) => p.userCode === userCode); }

  async findByUid(uid) { return this.scan((p) => p.uid === uid); }

  async consume(id) {
    const e = store.get(this.key(id));
    if (e) e.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id) { store.delete(this.key(id)); }

  async revokeByGrantId(grantId) {
    for (const [k, e] of store) {
      if (k.startsWith(`${this.name}:`) && e.payload.grantId === grantId) store.delete(k);
    }
  }
}
function revokeAllGrants() {
  let n = 0;
  for (const [k] of store) {
    const model = k.slice(0, k.indexOf(':'));
    if (GRANTABLE.has(model)) {
      if (model === 'Grant') n += 1;
      store.delete(k);
    }
  }
  return n;
}

// ---------------------------------------------------------------- helpers
const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

function sendJson(res, status, obj, headers = {}) {
  const body = JSON.stringify(obj);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function sendHtml(res, status, html) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
  });
  res.end(html);
}

async function readBody(req) {
  const chunks = [];
  let n = 0;
  for await (const c of req) {
    n += c.length;
    if (n > 1024 * 1024) throw new Error('body too large');
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

function applyFault(target, req, res) {
  const f = faults.get(target);
  if (!f || f.count <= 0) return false;
  f.count -= 1;
  if (f.count <= 0) faults.delete(target);
  stats.faultsInjected += 1;
  log(`fault ${f.kind} on ${target}`);
  switch (f.kind) {
    case '500':
      sendJson(res, 500, {
        error: 'server_error',
        error_description: `injected fault on ${target}`,
        message: 'Internal Server Error (injected)',
      });
      break;
    case 'malformed': {
      const body = '{not json';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      break;
    }
    case 'reset':
      req.socket.destroy();
      break;
    case 'hang':
    default:
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      break;
  }
  return true;
}

// ---------------------------------------------------------- HTML pages
function page(title, inner) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}label,input,button{display:block;margin:.4em 0}
.row{display:flex;gap:1em}</style></head>
<body><h1>${esc(title)}</h1>${inner}</body></html>`;
}

function loginPage(uid, params) {
  return page('Sign in to Seqera (test)', `
<p>Client: <code>${esc(params.client_id)}</code></p>
<form id="login-form" method="post" action="/api/interaction/${esc(uid)}/login">
  <label for="login">Login name</label>
  <input id="login" name="login" type="text" autocomplete="username" required autofocus>
  <label for="password">Password (anything)</label>
  <input id="password" name="password" type="password" autocomplete="current-password">
  <button id="submit" type="submit">Sign in</button>
</form>
<form id="abort-form" method="post" action="/api/interaction/${esc(uid)}/abort">
  <button id="cancel" type="submit">Cancel</button>
</form>`);
}

function consentPage(uid, params, details, accountId) {
  const scopes = [...(details.missingOIDCScope ?? [])].join(' ');
  return page('Authorize application', `
<p>Signed in as <b>${esc(accountId)}</b>. <code>${esc(params.client_id)}</code> asks for:
<code id="scopes">${esc(scopes || params.scope || '')}</code></p>
<form id="consent-form" method="post" action="/api/interaction/${esc(uid)}/confirm">
  <button id="allow" type="submit">Allow</button>
</form>
<form id="abort-form" method="post" action="/api/interaction/${esc(uid)}/abort">
  <button id="cancel" type="submit">Cancel</button>
</form>`);
}

// ----------------------------------------------------------- the server
const server = http.createServer();
server.keepAliveTimeout = 5000;

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(PORT, '127.0.0.1', resolve);
});
const { port } = server.address();
const ORIGIN = `http://127.0.0.1:${port}`;
const ISSUER = `${ORIGIN}/api`;

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' };

const provider = new Provider(ISSUER, {
  adapter: MemoryAdapter,
  clients: [{
    client_id: CLIENT_ID,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    // native + http loopback: oidc-provider ignores the port when matching
    // (RFC 8252 section 7.3), so http://127.0.0.1:ANY/callback is accepted.
    redirect_uris: ['http://127.0.0.1/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1/logout'],
    grant_types: ['authorization_code', 'refresh_token', DEVICE_GRANT],
    response_types: ['code'],
    scope: 'openid profile email offline_access',
  }],
  jwks: { keys: [signingJwk] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  // put scope claims (email) into the id_token of the code flow too
  conformIdTokenClaims: false,
  extraParams: ['audience'],
  pkce: { required: () => true }, // only S256 is supported by oidc-provider 9
  // Always issue a refresh token on code/device exchange (the real Platform
  // does not require prompt=consent for offline_access).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  expiresWithSession: async () => false,
  rotateRefreshToken: true, // + built-in reuse detection: reuse revokes the grant
  ttl: {
    AccessToken: ACCESS_TTL,
    RefreshToken: REFRESH_TTL,
    AuthorizationCode: 120,
    DeviceCode: 600,
    Grant: REFRESH_TTL + 3600,
    IdToken: 3600,
    Interaction: 3600,
    Session: 86400,
  },
  routes: {
    // the official CLI calls {authDomain}/userinfo
    userinfo: '/userinfo',
  },
  features: {
    devInteractions: { enabled: false },
    deviceFlow: {
      enabled: true,
      // plain pages (the defaults load web fonts, unreachable offline)
      async userCodeInputSource(ctx, form, _out, err) {
        const msg = err ? `<p id="error"${err.name === 'AbortedError' ? ' class="device-aborted"' : ''}>${esc(err.userCode || err.name === 'NoCodeError'
          ? 'The code you entered is incorrect. Try again' : (err.message || 'error'))}</p>`
          : '<p>Enter the code displayed on your device</p>';
        ctx.type = 'html';
        ctx.body = page('Device sign-in', `${msg}${form}
<button id="device-continue" type="submit" form="op.deviceInputForm">Continue</button>`);
      },
      async userCodeConfirmSource(ctx, form, client, _deviceInfo, userCode) {
        ctx.type = 'html';
        ctx.body = page('Confirm device', `<p><code>${esc(client.clientId)}</code> shows the code
<code id="user-code">${esc(userCode)}</code></p>${form}
<button id="device-confirm" type="submit" form="op.deviceConfirmForm">Continue</button>
<button id="device-abort" type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Abort</button>`);
      },
      async successSource(ctx) {
        ctx.type = 'html';
        ctx.body = page('Device signed in', '<p id="device-success">Sign-in complete, you can return to your device.</p>');
      },
    },
    revocation: { enabled: true },
    userinfo: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: { enabled: false },
    introspection: { enabled: false },
  },
  interactions: {
    url: (_ctx, interaction) => `/api/interaction/${interaction.uid}`,
  },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: `${id}@example.com`,
          email_verified: true,
          name: id,
          preferred_username: id,
        };
      },
    };
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Error', `<pre id="error">${esc(JSON.stringify(out, null, 2))}</pre>`);
  },
});
provider.on('server_error', (_ctx, err) => log('server_error', err?.stack ?? err));
const providerCallback = provider.callback();


// ------------------------------------------------------------ hostile modes
// A second origin on another port: whatever reaches it was carried there by a redirect.
const decoy = http.createServer(async (req, res) => {
  let body = '';
  try { body = await readBody(req); } catch { body = '(too large)'; }
  stats.stolen.push({ method: req.method, path: req.url, authorization: req.headers.authorization ?? null, body });
  sendJson(res, 200, { access_token: 'stolen', token_type: 'Bearer', expires_in: 3600 });
});
await new Promise((resolve) => { decoy.listen(0, '127.0.0.1', resolve); });
const DECOY = `http://127.0.0.1:${decoy.address().port}`;

// Writes `total` bytes of JSON-ish padding as fast as the client reads, counting what left.
async function flood(res, total, chunked) {
  res.writeHead(200, chunked ? { 'content-type': 'application/json' }
    : { 'content-type': 'application/json', 'content-length': total });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const counts = stats; // a flood still draining after a reset counts for the old stats
  let sent = 0;
  let closed = false;
  res.on('close', () => { closed = true; });
  while (!closed && sent < total) {
    const n = Math.min(chunk.length, total - sent);
    sent += n;
    counts.hostileBytes += n;
    if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
      await new Promise((r) => {
        const go = () => { res.off('drain', go); res.off('close', go); r(); };
        res.on('drain', go);
        res.on('close', go);
      });
    }
  }
  if (!closed) res.end();
}

// One byte every `ms` milliseconds, for ever (until the client gives up).
function dribble(res, ms) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100000 });
  res.write('{');
  const counts = stats;
  const timer = setInterval(() => { counts.hostileBytes += 1; res.write(' '); }, ms);
  res.on('close', () => clearInterval(timer));
}

// hostile = { discovery|token|revocation|device: MODE, platformEmail: STRING }
// MODE: "huge" (300 MB with Content-Length), "huge-chunked" (300 MB, no length), "dribble",
// "redirect" (307 to the decoy origin, same path), or an object {status, body, count}
// answered instead of the real endpoint (count times, default always), or an array of such
// objects answered in turn (the last one for ever).
async function applyHostile(target, req, res, path) {
  const mode = target ? hostile[target] : undefined;
  if (!mode) return false;
  log(`hostile ${JSON.stringify(mode).slice(0, 80)} on ${target}`);
  if (mode === 'huge' || mode === 'huge-chunked') {
    await flood(res, 300 * 1024 * 1024, mode === 'huge-chunked');
    return true;
  }
  if (mode === 'dribble') {
    dribble(res, 200);
    return true;
  }
  if (mode === 'redirect') {
    res.writeHead(307, { location: `${DECOY}${path}`, 'content-length': 0 });
    res.end();
    return true;
  }
  if (Array.isArray(mode)) {
    // A script: each answer once, the last one for ever.
    const answer = mode.length > 1 ? mode.shift() : mode[0];
    sendJson(res, answer.status ?? 200, answer.body ?? {});
    return true;
  }
  if (typeof mode === 'object') {
    if (mode.count !== undefined) {
      if (mode.count <= 0) return false;
      mode.count -= 1;
    }
    sendJson(res, mode.status ?? 200, mode.body ?? {});
    return true;
  }
  return false;
}

async function platformUserInfo(req, res) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  const unauthorized = () => sendJson(res, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
  if (!m) return unauthorized();
  const token = m[1];
  if (pats.has(token)) {
    const email = pats.get(token);
    const userName = email.includes('@') ? email.slice(0, email.indexOf('@')) : email;
    return sendJson(res, 200, { user: platformUser(userName, email), needConsent: false, defaultWorkspaceId: null });
  }
  const at = await provider.AccessToken.find(token);
  if (!at || at.isExpired || at.exp <= Math.floor(Date.now() / 1000)) return unauthorized();
  if (at.clientId !== CLIENT_ID) return unauthorized();
  const grant = at.grantId ? await provider.Grant.find(at.grantId) : undefined;
  if (!grant) return unauthorized();
  return sendJson(res, 200, {
    user: { ...platformUser(at.accountId), ...(hostile.platformEmail ? { email: hostile.platformEmail } : {}) },
    needConsent: false,
    defaultWorkspaceId: null,
  });
}

async function interaction(req, res, uid, action) {
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (e) {
    return sendHtml(res, 400, page('Error', `<p id="error">interaction not found or expired: ${esc(e.message)}</p>`));
  }
  if (details.uid !== uid) {
    return sendHtml(res, 400, page('Error', '<p id="error">interaction mismatch</p>'));
  }
  const { prompt, params, session } = details;

  if (req.method === 'GET' && !action) {
    if (prompt.name === 'login') return sendHtml(res, 200, loginPage(uid, params));
    return sendHtml(res, 200, consentPage(uid, params, prompt.details, session?.accountId));
  }
  if (req.method !== 'POST') return sendHtml(res, 405, page('Error', 'method not allowed'));
  const form = new URLSearchParams(await readBody(req));

  if (action === 'abort') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    }, { mergeWithLastSubmission: false });
  }
  if (action === 'login') {
    if (prompt.name !== 'login') return sendHtml(res, 400, page('Error', 'not a login prompt'));
    const login = (form.get('login') ?? '').trim();
    if (!login) return sendHtml(res, 400, loginPage(uid, params));
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm') {
    if (prompt.name !== 'consent') return sendHtml(res, 400, page('Error', 'not a consent prompt'));
    const d = prompt.details;
    let grant;
    if (details.grantId) {
      grant = await provider.Grant.find(details.grantId);
    }
    if (!grant) {
      grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    }
    if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
    if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
    if (d.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(d.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return sendHtml(res, 404, page('Error', 'unknown interaction action'));
}

async function control(req, res, path) {
  if (req.method === 'GET' && path === '/__test/stats') return sendJson(res, 200, stats);
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'method not allowed' });
  let body = {};
  const raw = await readBody(req);
  if (raw.trim()) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { message: 'invalid JSON' });
    }
  }
  switch (path) {
    case '/__test/reset':
      stats = freshStats();
      faults = new Map();
      hostile = {};
      for (const r of hanging) r.destroy();
      return sendJson(res, 200, { ok: true });
    case '/__test/fault': {
      const target = String(body.target ?? '');
      const kind = String(body.kind ?? '');
      const count = body.count === undefined ? 1 : Number(body.count);
      if (!TARGETS.has(target) || !KINDS.has(kind) || !Number.isInteger(count) || count < 0) {
        return sendJson(res, 400, { message: 'want {"target":..., "kind":"500|hang|malformed|reset", "count":N}' });
      }
      if (count === 0) faults.delete(target);
      else faults.set(target, { kind, count });
      return sendJson(res, 200, { ok: true });
    }
    case '/__test/hostile':
      hostile = body;
      return sendJson(res, 200, { ok: true, decoy: DECOY });
    case '/__test/pat':
      if (typeof body.token !== 'string' || !body.token || typeof body.email !== 'string') {
        return sendJson(res, 400, { message: 'want {"token":"...","email":"..."}' });
      }
      pats.set(body.token, body.email);
      return sendJson(res, 200, { ok: true });
    case '/__test/revoke-all':
      return sendJson(res, 200, { ok: true, grants: revokeAllGrants() });
    default:
      return sendJson(res, 404, { message: 'unknown control endpoint' });
  }
}

function targetOf(method, path) {
  if (path === '/api/.well-known/openid-configuration') return 'discovery';
  if (path === '/api/token' && method === 'POST') return 'token';
  if (path === '/api/token/revocation' && method === 'POST') return 'revocation';
  if (path === '/api/userinfo') return 'userinfo';
  if (path === '/api/user-info') return 'platform-user-info';
  if (path === '/api/auth' || path.startsWith('/api/auth/')) return 'authorize';
  if (path === '/api/device/auth' && method === 'POST') return 'device';
  return undefined;
}

server.on('request', async (req, res) => {
  const url = new URL(req.url, ORIGIN);
  const path = url.pathname;
  if (opts.verbose) log(req.method, path);
  try {
    if (path.startsWith('/__test/')) return await control(req, res, path);

    const target = targetOf(req.method, path);
    let form; // pre-read urlencoded body for token/revocation
    if (target === 'token' || target === 'revocation') {
      const raw = await readBody(req);
      form = new URLSearchParams(raw);
      if (target === 'token') {
        const gt = form.get('grant_type') ?? '';
        stats.token[gt] = (stats.token[gt] ?? 0) + 1;
        stats.tokenParameterNames[gt] = [...form.keys()];
      } else {
        stats.revocations += 1;
        stats.revokedTokenTypes.push(form.get('token_type_hint'));
      }
    }
    if (target === 'discovery') stats.discovery += 1;
    if (target === 'userinfo') stats.oidcUserInfo += 1;
    if (target === 'platform-user-info') stats.userInfo += 1;
    if (target === 'authorize') stats.authorize += 1;

    if (target && applyFault(target, req, res)) return undefined;
    if (await applyHostile(target, req, res, path)) return undefined;

    if (path === '/api/user-info' && req.method === 'GET') return await platformUserInfo(req, res);
    if (path === '/api/service-info' && req.method === 'GET') {
      stats.serviceInfo += 1;
      return sendJson(res, 200, { serviceInfo: { version: '25.3.0-test', apiVersion: '1.60.0' } });
    }
    const im = /^\/api\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|confirm|abort))?$/.exec(path);
    if (im) return await interaction(req, res, im[1], im[2]);

    if (path === '/api' || path.startsWith('/api/')) {
      if (target === 'token') {
        if (TOKEN_DELAY_MS) await sleep(TOKEN_DELAY_MS);
        res.on('finish', () => { if (res.statusCode >= 400) stats.tokenErrors += 1; });
      }
      if (form) {
        // The body was consumed above; oidc-provider then uses req.body.
        req.body = form.toString();
      }
      let release;
      if (target === 'token') {
        // One token request at a time inside the provider (after the delay),
        // like a database transaction would: two concurrent refreshes with
        // the same refresh token then give one success and one reuse
        // (invalid_grant + grant revoked) instead of two rotations.
        const prev = tokenQueue;
        tokenQueue = new Promise((r) => { release = r; });
        await prev;
        res.on('close', release);
        res.on('finish', release);
        // A client that went away while it waited (killed, timed out) already fired
        // 'close': release the queue now, or every later token request would hang.
        if (res.closed || res.destroyed || req.socket.destroyed) {
          release();
          return undefined;
        }
      }
      if (path === '/api/auth' && req.method === 'GET') {
        // oidc-provider drops the offline_access scope unless prompt includes
        // consent (the real Platform keeps it). Add prompt=consent so the
        // granted scope keeps offline_access and a refresh request that
        // repeats the full scope is not rejected with invalid_scope.
        const scope = (url.searchParams.get('scope') ?? '').split(' ');
        const prompts = (url.searchParams.get('prompt') ?? '').split(' ').filter(Boolean);
        if (scope.includes('offline_access') && !prompts.includes('consent') && !prompts.includes('none')) {
          url.searchParams.set('prompt', [...prompts, 'consent'].join(' '));
          req.url = `${url.pathname}${url.search}`;
        }
      }
      // Mount the provider under /api: it derives its mount path from
      // req.originalUrl minus req.url.
      req.originalUrl = req.url;
      req.url = req.url.slice('/api'.length) || '/';
      return providerCallback(req, res);
    }
    return sendJson(res, 404, { message: 'Not Found' });
  } catch (e) {
    log('handler error', e?.stack ?? e);
    if (!res.headersSent) sendJson(res, 500, { message: 'internal error in test server' });
    else res.destroy();
    return undefined;
  }
});

// ---------------------------------------------------------------- lifecycle
let stopping = false;
function shutdown(why) {
  if (stopping) return;
  stopping = true;
  log(`stopping (${why})`);
  for (const r of hanging) r.destroy();
  server.close();
  server.closeAllConnections?.();
  decoy.close();
  decoy.closeAllConnections?.();
  setTimeout(() => process.exit(0), 200).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGHUP', () => shutdown('SIGHUP'));

// Exit when the parent's stdin pipe closes (a crashed test never leaves us
// running). Only for pipes/sockets: /dev/null or a tty would end at once.
if (!opts['no-stdin-exit']) {
  let st;
  try { st = fs.fstatSync(0); } catch { st = undefined; }
  if (st && (st.isFIFO() || st.isSocket())) {
    process.stdin.on('data', () => {});
    process.stdin.on('end', () => shutdown('stdin closed'));
    process.stdin.on('close', () => shutdown('stdin closed'));
    process.stdin.on('error', () => shutdown('stdin error'));
  }
}

process.stdout.write(`${JSON.stringify({ port, issuer: ISSUER, api: ISSUER })}\n`);
log(`listening on ${ORIGIN} (access ttl ${ACCESS_TTL}s, refresh ttl ${REFRESH_TTL}s${TOKEN_DELAY_MS ? `, token delay ${TOKEN_DELAY_MS}ms` : ''})`);
