#!/usr/bin/env node
// Real-browser login for tests: use as $BROWSER. Usage: browser-playwright.mjs URL
//
// Drives Debian's chromium (headless) with playwright-core through the login
// and consent pages of platform-server.mjs, then waits for the loopback
// callback page to load and records it.
//
// Env:
//   SEQERA_TEST_USER            login name (default "user")
//   SEQERA_TEST_BROWSER_OUT     JSON result file (optional); screenshot at OUT.png
//   SEQERA_TEST_BROWSER_LOG     append one line per invocation: origin+path only
//   SEQERA_TEST_CHROMIUM        chromium binary (default /usr/bin/chromium)
//   SEQERA_TEST_CALLBACK_TIMEOUT_MS  wait for the callback page (default 60000)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { logInvocation, writeOut } from './browser-common.mjs';

const url = process.argv[2];
const user = process.env.SEQERA_TEST_USER || 'user';
const outFile = process.env.SEQERA_TEST_BROWSER_OUT; // the screenshot goes beside it
const executablePath = process.env.SEQERA_TEST_CHROMIUM || '/usr/bin/chromium';
const callbackTimeout = Number(process.env.SEQERA_TEST_CALLBACK_TIMEOUT_MS || 60000);

logInvocation(url);

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seqera-chromium-'));
let context;

async function cleanup() {
  try { await context?.close(); } catch { /* ignore */ }
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

async function fail(reason, page) {
  process.stderr.write(`browser-playwright: ${String(reason).replace(/\s+/g, ' ')}\n`);
  try {
    if (page && outFile) await page.screenshot({ path: `${outFile}.png` });
  } catch { /* ignore */ }
  try { writeOut({ error: String(reason), authorizeUrl: url ?? null }); } catch { /* ignore */ }
  await cleanup();
  process.exit(1);
}

async function main() {
  if (!url) return fail('usage: browser-playwright.mjs URL');
  let providerOrigin;
  try {
    providerOrigin = new URL(url).origin;
  } catch {
    return fail(`not a URL: ${url}`);
  }
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(15000);

  // Note the callback navigation (the first document outside the provider).
  let callbackUrl;
  let callbackStatus;
  page.on('response', (res) => {
    const req = res.request();
    if (!req.isNavigationRequest() || callbackUrl) return;
    const u = new URL(res.url());
    if (u.origin !== providerOrigin) {
      callbackUrl = res.url();
      callbackStatus = res.status();
    }
  });
  page.on('request', (req) => {
    if (!req.isNavigationRequest() || callbackUrl) return;
    const u = new URL(req.url());
    if (u.origin !== providerOrigin && !page.__cbRequest) page.__cbRequest = req.url();
  });

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.fill('#login', user);
  await page.fill('#password', 'password');
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith('/api/interaction/') || u.origin !== providerOrigin,
      { waitUntil: 'domcontentloaded' }),
    page.click('#submit'),
  ]);
  if (await page.locator('#allow').count()) {
    // Clicking Allow navigates to the callback, which the CLI may answer only
    // after it has stored its tokens: wait for the page to load.
    await page.click('#allow', { noWaitAfter: true });
  }
  try {
    await page.waitForURL((u) => u.origin !== providerOrigin,
      { waitUntil: 'load', timeout: callbackTimeout });
    await page.waitForLoadState('load', { timeout: callbackTimeout });
  } catch (e) {
    return fail(`callback page did not load: ${e.message.split('\n')[0]}`, page);
  }
  const body = (await page.textContent('body').catch(() => '')) ?? '';
  if (outFile) await page.screenshot({ path: `${outFile}.png` });
  writeOut({
    authorizeUrl: url,
    callbackUrl: callbackUrl ?? page.__cbRequest ?? page.url(),
    status: callbackStatus ?? null,
    body: body.trim(),
  });
  await cleanup();
  return undefined;
}

main().then(() => process.exit(0), (e) => fail(e?.message ?? e));
