#!/usr/bin/env node
// Emulator of the Seqera AI backend's CLI protocol, for tests. A fake: the real backend
// cannot run here. It speaks the protocol as described in
// ../../../shared/reference/official-cli-facts.md ("`seqera ai` backend protocol") and can
// misbehave on purpose.
//
//   node ai-backend-emulator.mjs [--accept-token T]... [--accept-any] [--port N]
//
// Prints {"port":N} on stdout once listening on 127.0.0.1; exits when stdin closes or on
// SIGTERM/SIGINT.
//
// Scenario of a run: the message content names one of the scenario keywords below, or
// POST /__test/script {"scenario": "...", ...options} sets it for the next run.
//   text (default)     start, several text-delta events, finish stop
//   reasoning          reasoning deltas before the text
//   split-frames       every event written in small TCP writes with delays, CRLF line ends
//   drop-stream        the socket is destroyed mid-run; events go on being logged, so a
//                      reconnect with ?cursor= resumes
//   unauthorized-once  the message POST answers 401 once; the retry succeeds
//   usage-limit        the message POST answers 429 {"detail": "You have reached ..."}
//   error-event        an `error` event ends the run
//   no-finish          the stream ends without finish and never delivers one
//   tool-call          execute-local (default: execute_bash_local `echo emulator-tool-ok`),
//                      waits for the tool-results POST, then text with the tool's stdout
//   slow               100 deltas, 50 ms apart (for cancel tests)
//   tool-calls         (script only) `calls` [{toolName, args}]: execute-local for each, all
//                      at once (default) or one after the other's result (parallel:false),
//                      then the text `Results: [...]` with every result in request order
//   server-error       the message POST answers 500
//   keepalive-only     `start`, then nothing but keep-alives (SSE comments and `ping` events)
//                      every keepaliveMs (default 50), forever
//   compacting         a `compacting` event before the text
// Script options: text (the deltas instead of the greeting), echo:false (no "You said"),
// delayMs, startDelayMs, finishReason, toolName/args (tool-call), keepaliveMs.
// Test endpoints: GET /__test/requests (every request: method, path, auth = last 4 chars of
// the bearer token, the headers the protocol cares about, body; and `redirected`: requests
// that reached the second listener), POST /__test/reset, POST /__test/script, POST
// /__test/unauthorized {"count": N} (the next N API requests answer 401), POST /__test/fail
// {"match": "/messages", "status": 502, "count": N} (the next N requests whose path contains
// `match` answer `status`; status 0 hangs them without an answer), POST /__test/redirect
// {"match": "/sessions", "count": N} (answer 307 to the same path on a second listener on
// another loopback port, which records what reaches it), POST /__test/session-id {"id": X,
// "count": N} (the next N session creations answer session_id X, and the session list
// carries X too: a hostile backend's ids), POST /__test/organizations {"organizations": [...]}
// (the organization list until the next reset, in the backend's shape).

import http from 'node:http';
import { randomUUID } from 'node:crypto';

const args = process.argv.slice(2);
const acceptedTokens = new Set();
let acceptAny = false;
let port = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--accept-token') acceptedTokens.add(args[++i]);
  else if (args[i] === '--accept-any') acceptAny = true;
  else if (args[i] === '--port') port = Number(args[++i]);
}
if (acceptedTokens.size === 0) acceptAny = true;

const SCENARIOS = ['reasoning', 'split-frames', 'drop-stream', 'unauthorized-once', 'usage-limit',
  'error-event', 'no-finish', 'tool-call', 'slow', 'server-error', 'keepalive-only', 'compacting',
  'text'];

let requests = [];
let nextScript = null;
let unauthorizedCount = 0;
let failures = []; // {match, status, count}
let redirects = []; // {match, count}
let redirected = []; // requests that reached the other origin
let hugeBytes = 0; // the next session list is padded to this size
let forcedSessionId = null; // {id, count}: the ids a hostile backend hands out
let organizationList = null; // replaces the default list (POST /__test/organizations)
const sessions = new Map();
let sessionCounter = 0;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function frame(event, crlf) {
  const nl = crlf ? '\r\n' : '\n';
  return `id: ${event.id}${nl}data: ${JSON.stringify(event.data)}${nl}${nl}`;
}

class Session {
  constructor(body) {
    this.id = `sess-${++sessionCounter}-${randomUUID().slice(0, 8)}`;
    this.cwd = body.cwd || '';
    this.title = '';
    this.createdAt = new Date().toISOString();
    this.lastUsed = this.createdAt;
    this.status = 'active';
    this.events = []; // {id, data}
    this.nextId = 1;
    this.runStartId = 1;
    this.run = null; // {scenario, done, cancelled, waiters}
    this.streams = new Set(); // {res, crlf, split}
    this.dropped = false;
    this.messages = []; // {id, role, content, timestamp}
  }

  // Appends an event to the log and writes it to every connected stream.
  async emit(data) {
    const event = { id: this.nextId++, data };
    if (data.type === 'text-delta') {
      const last = this.messages[this.messages.length - 1];
      if (last && last.role === 'assistant' && last.run === this.runStartId) last.content += data.delta;
      else this.messages.push({ id: `m${this.messages.length + 1}`, role: 'assistant', content: data.delta, timestamp: new Date().toISOString(), run: this.runStartId });
    }
    this.events.push(event);
    const terminal = data.type === 'finish' || data.type === 'error';
    const writes = [];
    for (const s of this.streams) writes.push(writeEvent(s, event));
    await Promise.all(writes);
    if (terminal) {
      this.run.done = true;
      for (const s of this.streams) s.res.end();
      this.streams.clear();
    }
  }

  endStreams() {
    for (const s of this.streams) s.res.end();
    this.streams.clear();
  }
}

async function writeEvent(stream, event) {
  const text = frame(event, stream.crlf);
  if (!stream.split) {
    stream.res.write(text);
    return;
  }
  // One event across several TCP writes, cut in awkward places (inside "\r\n" too).
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += 3) {
    if (stream.res.destroyed) return;
    stream.res.write(bytes.subarray(i, i + 3));
    await sleep(2);
  }
}

function pickScenario(content) {
  if (nextScript) {
    const s = nextScript;
    nextScript = null;
    return s;
  }
  for (const name of SCENARIOS) if (content.includes(name)) return { scenario: name };
  return { scenario: 'text' };
}

const TEXT = ['Hello', ' from', ' the Seqera AI', ' emulator.'];

async function runScript(session, script, content) {
  const run = session.run;
  const live = () => !run.cancelled;
  const usage = { promptTokens: 10, completionTokens: 20, totalTokens: 30 };
  await session.emit({ type: 'start', threadId: `thread-${session.id}` });
  switch (script.scenario) {
    case 'keepalive-only':
      // The stream stays open and busy with keep-alives; no event ever comes.
      run.keepaliveMs = script.keepaliveMs ?? 50;
      run.keepaliveOnly = true;
      for (const s of session.streams) startKeepalive(s, run);
      return;
    case 'compacting':
      await session.emit({ type: 'compacting' });
      break;
    case 'reasoning':
      await session.emit({ type: 'reasoning', delta: 'Thinking about ' });
      await session.emit({ type: 'reasoning', delta: 'the question.' });
      break;
    case 'error-event':
      await session.emit({ type: 'text-delta', delta: 'Partial' });
      await session.emit({ type: 'error', error: 'The model provider failed: overloaded' });
      return;
    case 'no-finish':
      await session.emit({ type: 'text-delta', delta: 'Never' });
      await session.emit({ type: 'text-delta', delta: ' finished' });
      run.done = true; // nothing more will ever come
      run.noFinish = true;
      session.endStreams();
      return;
    case 'tool-call': {
      const requestId = `req-${randomUUID()}`;
      const toolName = script.toolName || 'execute_bash_local';
      const toolArgs = script.args || { command: 'echo emulator-tool-ok' };
      await session.emit({ type: 'text-delta', delta: 'Let me check.' });
      await session.emit({ type: 'tool-call', toolCallId: 'call-1', toolName, args: toolArgs });
      const result = await new Promise((resolve) => {
        run.toolWaiters.set(requestId, resolve);
        session.emit({ type: 'execute-local', toolName, args: toolArgs, requestId });
      });
      if (!live()) return;
      await session.emit({ type: 'tool-result', toolCallId: 'call-1', result });
      const out = String(result?.stdout ?? '').trim();
      await session.emit({ type: 'text-delta', delta: `The tool printed: ${out}` });
      await session.emit({ type: 'text-delta', delta: ` (exit code ${result?.exit_code})` });
      await session.emit({ type: 'finish', finishReason: 'stop', usage });
      return;
    }
    case 'tool-calls': {
      // Several execute-local requests in one run (only through /__test/script): all at once
      // (parallel, the default, as models often ask) or each after the previous result.
      // The run ends with every result, in request order, as JSON text.
      const calls = script.calls || [];
      const ask = async (call, i) => {
        const requestId = `req-${i + 1}-${randomUUID()}`;
        const answered = new Promise((resolve) => run.toolWaiters.set(requestId, resolve));
        await session.emit({ type: 'execute-local', toolName: call.toolName || 'execute_bash_local', args: call.args || {}, requestId });
        return answered;
      };
      let results = [];
      if (script.parallel === false) {
        for (let i = 0; i < calls.length && live(); i++) results.push(await ask(calls[i], i));
      } else {
        const pending = [];
        for (let i = 0; i < calls.length; i++) pending.push(ask(calls[i], i));
        results = await Promise.all(pending);
      }
      if (!live()) return;
      await session.emit({ type: 'text-delta', delta: `Results: ${JSON.stringify(results)}` });
      await session.emit({ type: 'finish', finishReason: 'stop', usage });
      return;
    }
    case 'slow':
      for (let i = 0; i < 100 && live(); i++) {
        await session.emit({ type: 'text-delta', delta: `${i} ` });
        await sleep(50);
      }
      if (!live()) return;
      await session.emit({ type: 'finish', finishReason: 'stop', usage });
      return;
    default:
      break;
  }
  const text = script.text || TEXT;
  for (let i = 0; i < text.length && live(); i++) {
    await session.emit({ type: 'text-delta', delta: text[i] });
    if (script.scenario === 'drop-stream' && i === 1 && !session.dropped) {
      session.dropped = true;
      // A stream must be there to be cut: on a slow machine the client's GET may come after
      // the first events (they are replayed to it), and a drop before it would cut nothing.
      for (let t = 0; t < 500 && session.streams.size === 0; t++) await sleep(10);
      // Let the bytes leave, then cut the connection hard; the next events are only logged.
      await sleep(30);
      for (const s of session.streams) s.res.socket?.destroy();
      session.streams.clear();
      await sleep(20);
    } else {
      await sleep(script.delayMs ?? 5);
    }
  }
  if (!live()) return;
  if (script.echo !== false) await session.emit({ type: 'text-delta', delta: ` You said: ${content}` });
  await session.emit({ type: 'finish', finishReason: script.finishReason || 'stop', usage });
}

// Keep-alives on a stream: SSE comments, and for keepalive-only runs `ping` events (a type
// no client knows) in between.
function startKeepalive(stream, run) {
  clearInterval(stream.keepalive);
  const ms = run?.keepaliveMs ?? 5000;
  let n = 0;
  stream.keepalive = setInterval(() => {
    if (stream.res.destroyed) return clearInterval(stream.keepalive);
    if (run?.keepaliveOnly && n++ % 2 === 1) stream.res.write(`data: ${JSON.stringify({ type: 'ping' })}\n\n`);
    else stream.res.write(': keepalive\n\n');
  }, ms);
}

function authorized(req) {
  const auth = req.headers.authorization || '';
  const m = /^Bearer (.+)$/.exec(auth);
  if (!m) return false;
  return acceptAny || acceptedTokens.has(m[1]);
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = url.pathname;
  const raw = await readBody(req);
  let body = null;
  try { body = raw ? JSON.parse(raw) : null; } catch { body = raw; }

  if (path.startsWith('/__test/')) {
    if (path === '/__test/requests') return json(res, 200, { requests, redirected });
    if (path === '/__test/reset') {
      requests = []; nextScript = null; unauthorizedCount = 0; failures = []; redirects = []; redirected = []; hugeBytes = 0;
      forcedSessionId = null; organizationList = null;
      return json(res, 200, {});
    }
    if (path === '/__test/organizations') { organizationList = body.organizations; return json(res, 200, {}); }
    if (path === '/__test/huge') { hugeBytes = body.bytes; return json(res, 200, {}); }
    if (path === '/__test/session-id') { forcedSessionId = { id: body.id, count: body.count ?? 1 }; return json(res, 200, {}); }
    if (path === '/__test/fail') { failures.push({ match: body.match, status: body.status ?? 502, count: body.count ?? 1 }); return json(res, 200, {}); }
    if (path === '/__test/redirect') { redirects.push({ match: body.match, count: body.count ?? 1 }); return json(res, 200, {}); }
    if (path === '/__test/script') { nextScript = body; return json(res, 200, {}); }
    if (path === '/__test/unauthorized') { unauthorizedCount = body?.count ?? 1; return json(res, 200, {}); }
    return json(res, 404, { detail: 'Unknown test endpoint' });
  }

  const auth = req.headers.authorization || '';
  requests.push({
    method: req.method,
    path: req.url,
    auth: auth.length > 4 ? auth.slice(-4) : '',
    clientVersion: req.headers['x-client-version'] || '',
    explicitCancel: req.headers['x-client-explicit-cancel'] || '',
    userAgent: req.headers['user-agent'] || '',
    accept: req.headers.accept || '',
    contentType: req.headers['content-type'] || '',
    body,
    raw, // the bytes as sent, for key order
  });

  const redirect = redirects.find((r) => r.count > 0 && path.includes(r.match));
  if (redirect) {
    redirect.count--;
    res.writeHead(307, { Location: `http://127.0.0.1:${otherPort}${req.url}`, 'Content-Length': 0 });
    return res.end();
  }
  const failure = failures.find((f) => f.count > 0 && path.includes(f.match));
  if (failure) {
    failure.count--;
    if (failure.status === 0) return; // never answers
    return json(res, failure.status, { detail: `Injected HTTP ${failure.status}` });
  }

  if (!authorized(req)) return json(res, 401, { detail: 'Invalid or expired token' });
  if (unauthorizedCount > 0) {
    unauthorizedCount--;
    return json(res, 401, { detail: 'Invalid or expired token' });
  }

  if (req.method === 'GET' && path === '/') return json(res, 200, { version: 'emulator-1.0', platform_url: 'http://127.0.0.1' });
  if (req.method === 'GET' && path === '/v1/cli/user-info')
    return json(res, 200, { user: { id: 1, userName: 'emulated', email: 'emulated@example.com' }, needConsent: false, defaultWorkspaceId: null });
  if (req.method === 'GET' && path === '/v1/cli/service-info') return json(res, 200, { serviceInfo: { version: 'emulator', apiVersion: '1' } });
  // ---- organizations (seqera org, helper `context`) ----
  // Several organizations, one whose name carries terminal escapes (shown names must be
  // sanitized), ids as numbers and as a string, as the backend may send either.
  if (req.method === 'GET' && path === '/v1/cli/organizations') {
    if (organizationList) return json(res, 200, { organizations: organizationList });
    return json(res, 200, {
      organizations: [
        { org_id: 1, org_name: 'emulated', org_type: 'personal' },
        { org_id: 1001, org_name: 'Seqera Labs', org_type: 'team' },
        { org_id: '2002', org_name: 'nf-core', org_type: 'community' },
        { org_id: 3003, org_name: 'Evil\u001b[2J\rCorp', org_type: 'team' },
      ],
    });
  }
  // ---- end of organizations ----
  if (req.method === 'GET' && path === '/v1/cli/skills')
    return json(res, 200, { skills: [
      { name: 'nf-test', description: 'Write nf-test tests for a module' },
      { name: 'bad name/../x', description: 'refused: not a name' },
      { name: 'local-one', description: 'shadowed by the project skill of the same name' },
    ] });
  if (req.method === 'GET' && path === '/v1/cli/credits')
    return json(res, 200, { used: 12, limit: 100, org_id: url.searchParams.get('org_id') ?? '' });

  if (req.method === 'POST' && path === '/v1/cli/sessions') {
    if (!body || typeof body.cwd !== 'string') return json(res, 422, { detail: [{ msg: 'cwd is required' }] });
    if (forcedSessionId && forcedSessionId.count > 0) {
      // Handed out only: nothing lives under it, and the next tests never list it.
      forcedSessionId.count--;
      return json(res, 200, { session_id: forcedSessionId.id });
    }
    const s = new Session(body);
    sessions.set(s.id, s);
    return json(res, 200, { session_id: s.id });
  }
  if (req.method === 'GET' && path === '/v1/cli/sessions') {
    const cwd = url.searchParams.get('cwd');
    const limit = Number(url.searchParams.get('limit') || 20);
    const list = [...sessions.values()]
      .filter((s) => !cwd || s.cwd === cwd)
      .sort((a, b) => (a.lastUsed < b.lastUsed ? 1 : -1))
      .slice(0, limit)
      .map((s) => ({ session_id: s.id, title: s.title, created_at: s.createdAt, last_used: s.lastUsed, cwd: s.cwd }));
    if (forcedSessionId) // a hostile id in the list too, first
      list.unshift({ session_id: forcedSessionId.id, title: 'hostile', created_at: '', last_used: '', cwd: cwd ?? '' });
    if (hugeBytes > 0) {
      // Exactly hugeBytes bytes of JSON.
      const padding = 'x'.repeat(Math.max(0, hugeBytes - JSON.stringify({ sessions: list, padding: '' }).length));
      hugeBytes = 0;
      return json(res, 200, { sessions: list, padding });
    }
    return json(res, 200, { sessions: list });
  }

  const m = /^\/v1\/cli\/sessions\/([^/]+)\/(messages|events|tool-results|expire)$/.exec(path);
  if (!m) return json(res, 404, { detail: `Not found: ${path}` });
  const session = sessions.get(m[1]);
  if (!session) return json(res, 404, { detail: 'Session not found' });

  if (m[2] === 'messages' && req.method === 'POST') {
    if (body?.type === 'cancel') {
      if (session.run && !session.run.done) {
        session.run.cancelled = true;
        for (const resolve of session.run.toolWaiters.values()) resolve({ stdout: '', stderr: 'cancelled', exit_code: 130 });
        await session.emit({ type: 'finish', finishReason: 'cancelled', usage: {} });
      }
      return json(res, 200, { status: 'cancelled' });
    }
    if (body?.type !== 'user_message' || typeof body.content !== 'string')
      return json(res, 422, { detail: [{ msg: 'type must be user_message with content' }] });
    const script = pickScenario(body.content);
    if (script.scenario === 'usage-limit')
      return json(res, 429, { detail: 'You have reached your usage limit for Seqera AI. It resets on the 1st of the month.' });
    if (script.scenario === 'server-error') return json(res, 500, { detail: 'Internal error (emulated)' });
    if (script.scenario === 'unauthorized-once' && !session.unauthorizedDone) {
      session.unauthorizedDone = true;
      nextScript = { ...script, scenario: 'text' };
      return json(res, 401, { detail: 'Invalid or expired token' });
    }
    if (session.run && !session.run.done) return json(res, 409, { detail: 'A run is already in progress' });
    session.status = 'active';
    session.lastUsed = new Date().toISOString();
    if (!session.title) session.title = body.content.slice(0, 40);
    session.runStartId = session.nextId;
    session.messages.push({ id: `m${session.messages.length + 1}`, role: 'user', content: body.content, timestamp: new Date().toISOString() });
    session.run = { scenario: script.scenario, done: false, cancelled: false, toolWaiters: new Map(), split: script.scenario === 'split-frames' };
    json(res, 200, { status: 'accepted', run_id: body.run_id });
    // The run starts shortly after the answer, as a real backend's would.
    setTimeout(() => runScript(session, script, body.content).catch((e) => console.error(e)), script.startDelayMs ?? 20);
    return;
  }

  if (m[2] === 'messages' && req.method === 'GET')
    return json(res, 200, { messages: session.messages.map(({ run, ...message }) => message) });

  if (m[2] === 'tool-results' && req.method === 'POST') {
    const resolve = session.run?.toolWaiters.get(body?.request_id);
    if (!resolve) return json(res, 404, { detail: 'No tool request with this id' });
    session.run.toolWaiters.delete(body.request_id);
    resolve(body.result);
    return json(res, 200, { status: 'ok' });
  }

  if (m[2] === 'expire' && req.method === 'POST') {
    session.status = 'expired';
    return json(res, 200, { status: 'expired' });
  }

  if (m[2] === 'events' && req.method === 'GET') {
    const cursorParam = url.searchParams.get('cursor');
    const cursor = cursorParam === null ? null : Number(cursorParam);
    const split = session.run?.split ?? false;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stream = { res, crlf: split, split };
    if (cursor === null) {
      for (const e of session.events.filter((e) => e.id < session.runStartId)) await writeEvent(stream, e);
      res.write(`data: ${JSON.stringify({ type: 'history_end' })}\n\n`);
    }
    const from = cursor === null ? session.runStartId : cursor;
    // Events logged while this replay is being written are picked up too: the loop ends
    // (and the stream joins the live ones) without an await in between.
    let i = session.events.findIndex((e) => e.id >= from);
    if (i >= 0) while (i < session.events.length) await writeEvent(stream, session.events[i++]);
    const last = session.events[session.events.length - 1];
    const ended = !session.run || session.run.done;
    if (ended && (session.run?.noFinish || (last && ['finish', 'error'].includes(last.data.type)))) {
      res.end();
      return;
    }
    session.streams.add(stream);
    startKeepalive(stream, session.run);
    res.on('close', () => {
      clearInterval(stream.keepalive);
      session.streams.delete(stream);
    });
    return;
  }
  return json(res, 405, { detail: 'Method not allowed' });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) json(res, 500, { detail: String(e) });
  });
});
server.keepAliveTimeout = 30000;

// Another origin (another port on loopback) for the redirect tests: records what reaches it.
let otherPort = 0;
const other = http.createServer(async (req, res) => {
  await readBody(req);
  redirected.push({ method: req.method, path: req.url, authorization: req.headers.authorization || '' });
  json(res, 200, { session_id: 'stolen', sessions: [] });
});
other.listen(0, '127.0.0.1', () => {
  otherPort = other.address().port;
  server.listen(port, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
  });
});

const quit = () => process.exit(0);
process.stdin.on('end', quit);
process.stdin.on('close', quit);
process.stdin.resume();
process.on('SIGTERM', quit);
process.on('SIGINT', quit);
