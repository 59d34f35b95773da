// What both test browsers (browser-scripted.mjs, browser-playwright.mjs) do alike: the
// result file ($SEQERA_TEST_BROWSER_OUT) and the log line a run ($SEQERA_TEST_BROWSER_LOG).
import fs from 'node:fs';

const outFile = process.env.SEQERA_TEST_BROWSER_OUT;
const logFile = process.env.SEQERA_TEST_BROWSER_LOG;

export function writeOut(obj) {
  if (!outFile) return;
  const tmp = `${outFile}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${JSON.stringify(obj)}\n`);
  fs.renameSync(tmp, outFile); // readers never see a half-written file
}

// One line per invocation, origin and path only (never the query with its state or code).
export function logInvocation(url) {
  if (!logFile) return;
  let line = '(invalid url)';
  try {
    const u = new URL(url);
    line = `${u.origin}${u.pathname}`;
  } catch { /* keep placeholder */ }
  try {
    fs.appendFileSync(logFile, `${line}\n`);
  } catch { /* ignore */ }
}
