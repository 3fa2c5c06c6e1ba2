// The chat UI's sign-in in headless Chromium (Debian's /usr/bin/chromium) against a running Triage service whose
// triage.auth names a real OpenID Connect issuer: the page sends the browser to the issuer (authorization code with
// PKCE), the person signs in on the issuer's own form and comes back to the page asked for; the scopes of their access
// token decide which buttons appear. An operator asks, approves and executes; a reader sees no such button, and the
// API refuses the reader all the same. Screenshots go to OUT_DIR.
// Usage: node signin.mjs BASE_URL OUT_DIR ISSUER_URL OPERATOR READER PASSWORD
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [base, outDir, issuer, operator, reader, password] = process.argv.slice(2);
assert.ok(base && outDir && issuer && operator && reader && password,
  'usage: node signin.mjs BASE_URL OUT_DIR ISSUER_URL OPERATOR READER PASSWORD');
mkdirSync(outDir, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 60_000;
const CART = 'article.proposal[aria-label="raise-memory-limit on Deployment/shop/cart"]';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-default-apps', '--no-first-run', '--disable-dev-shm-usage'],
  timeout: TIMEOUT,
});
const problems = [];
const pages = [];
let step = 'start';
try {
  step = 'the operator is sent to the issuer with a PKCE challenge';
  const operatorContext = await newContext();
  const page = await operatorContext.newPage();
  watch(page);
  const authorizations = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${issuer}/oauth2/authorize`)) authorizations.push(new URL(request.url()));
  });
  await page.goto(`${base}/`);
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/login`));
  const authorize = authorizations[0];
  assert.ok(authorize, 'the page did not send the browser to the issuer\'s authorization endpoint');
  assert.equal(authorize.searchParams.get('response_type'), 'code');
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.match(authorize.searchParams.get('code_challenge') || '', /^[A-Za-z0-9_-]{43}$/);
  assert.deepEqual(authorize.searchParams.get('scope').split(' ').sort(),
    ['agents/invoke', 'openid', 'tools/execute', 'tools/read']);
  await page.screenshot({ path: join(outDir, 'signin-issuer.png') });

  step = 'the operator signs in on the issuer\'s form and comes back signed in';
  await signIn(page, operator);
  await page.waitForURL(at('/'));
  const operatorLine = await page.locator('#session', { hasText: `Signed in as ${operator}` }).innerText();
  assert.match(operatorLine, /agents\/invoke, tools\/read, tools\/execute/);
  await page.locator('#ask-button').waitFor({ state: 'visible' });

  step = 'the operator asks';
  await page.locator('#namespace option[value="shop"]').waitFor({ state: 'attached' });
  await page.locator('#question').fill('diagnose unhealthy pods');
  await page.locator('#question').press('Enter');
  await page.waitForURL(/\/investigations\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  console.log(`investigation ${id}`);
  await page.locator('#events li.ev-agent', { hasText: 'diagnostic finished' }).waitFor();
  await page.locator('#verdict-title .pill', { hasText: 'COMPLETED' }).waitFor();

  step = 'the operator approves and executes; the audit names them';
  const proposal = page.locator(CART);
  await proposal.getByRole('textbox').fill('cart OOMs at 256Mi');
  await proposal.getByRole('button', { name: 'Approve' }).click();
  await proposal.locator('[data-role="proposal-status"]', { hasText: 'APPROVED' }).waitFor();
  await proposal.getByRole('button', { name: 'Execute' }).click();
  await proposal.locator('[data-role="execution-status"]', { hasText: 'SUCCEEDED' }).waitFor();
  await proposal.locator('[data-role="audit"] li', { hasText: `APPROVED by ${operator}` }).waitFor();
  await proposal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outDir, 'signin-operator.png') });
  await accessible(page, 'report signed in as the operator');

  step = 'the reader opens the deep link, signs in and comes back to it';
  const readerContext = await newContext();
  const view = await readerContext.newPage();
  watch(view);
  await view.goto(`${base}/investigations/${id}`);
  await view.waitForURL((url) => url.href.startsWith(`${issuer}/login`));
  await signIn(view, reader);
  await view.waitForURL(at(`/investigations/${id}`));
  const readerLine = await view.locator('#session', { hasText: `Signed in as ${reader}` }).innerText();
  assert.match(readerLine, /\(tools\/read\)/, 'the reader holds tools/read only');
  await view.locator('#verdict-title .pill', { hasText: 'COMPLETED' }).waitFor();

  step = 'the reader sees no button to approve, deny, revoke or execute';
  await view.locator(`${CART} [data-role="proposal-status"]`, { hasText: 'USED' }).waitFor();
  const cards = await view.locator('article.proposal').count();
  assert.ok(cards >= 2, `expected the demo's proposals, saw ${cards}`);
  await view.locator('article.proposal', { hasText: 'Deciding needs the tools/execute scope' }).first().waitFor();
  const buttons = await view.locator('article.proposal').getByRole('button').allInnerTexts();
  assert.deepEqual(buttons, [], 'the reader sees decision buttons');
  await view.locator('#session').scrollIntoViewIfNeeded();
  await view.screenshot({ path: join(outDir, 'signin-reader.png') });
  const undecided = view.locator('article.proposal:not([aria-label$="Deployment/shop/cart"])').first();
  await undecided.scrollIntoViewIfNeeded();
  await undecided.screenshot({ path: join(outDir, 'signin-reader-proposal.png') });
  await accessible(view, 'report signed in as the reader');

  step = 'the API refuses the reader what the page does not offer';
  // Through the context's own requests (the session's cookie and the page's header), not the page: no console noise.
  const report = await (await view.request.get(`${base}/api/v1/investigations/${id}`)).json();
  const pending = report.remediations.find((r) => r.proposalId && r.target.name !== 'cart');
  assert.ok(pending, 'the report has another proposal');
  const answer = await view.request.post(`${base}/api/v1/approvals/${pending.proposalId}/approve`,
    { headers: { 'X-Triage-UI': '1' }, data: { reason: 'try' } });
  const refused = { status: answer.status(), type: answer.headers()['content-type'] };
  assert.equal(refused.status, 403, 'a reader approving');
  assert.match(refused.type, /application\/problem\+json/);

  step = 'the reader cannot ask; signing out ends the session';
  await view.goto(`${base}/`);
  await view.locator('#session', { hasText: `Signed in as ${reader}` }).waitFor();
  assert.equal(await view.locator('#ask-button').isVisible(), false, 'the reader sees the ask button');
  assert.equal(await view.locator('#question').isDisabled(), true, 'the reader may type a question');
  await view.locator('#ask-hint', { hasText: 'Asking needs the agents/invoke scope' }).waitFor();
  await view.getByRole('button', { name: 'Sign out' }).click();
  await view.locator('#session', { hasText: 'Not signed in' }).waitFor();
  await view.locator('#session').getByRole('link', { name: 'Sign in' }).waitFor();

  assert.deepEqual(problems, [], 'the page logged errors or CSP violations');
  console.log('ui-check OK');
} catch (e) {
  console.error(`ui-check FAILED at step "${step}": ${e.stack || e}`);
  for (const [i, p] of pages.entries()) {
    console.error(`page ${i} at ${p.url()}: ${(await p.locator('body').innerText().catch(() => '')).slice(0, 400)}`);
    await p.screenshot({ path: join(outDir, `signin-failed-${i}.png`) }).catch(() => null);
  }
  if (problems.length) console.error(`page problems:\n${problems.join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  return context;
}

/** The issuer's own login form (Spring Authorization Server's default page). */
async function signIn(page, username) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Back at the service's {@code path}: the sign-in's saved request may add a query (Spring Security's ?continue). */
function at(path) {
  return (url) => url.origin === base && url.pathname === path;
}

function watch(page) {
  pages.push(page);
  page.on('console', (message) => {
    // Only the service's pages: the issuer's login page is not under test.
    if (message.type() === 'error' && page.url().startsWith(base)) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', async (response) => {
    if (response.status() >= 400 && response.url().startsWith(base)) {
      const body = await response.text().catch(() => '');
      console.log(`${response.status()} ${response.request().method()} ${response.url()}: ${body.slice(0, 300)}`);
    }
  });
}

/** axe-core on the page as it stands: no serious or critical violation. */
async function accessible(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(text, [], `axe-core on the ${name}`);
  console.log(`axe-core on the ${name}: no serious or critical violation (${result.violations.length} minor)`);
}
