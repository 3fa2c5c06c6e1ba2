// The chat UI: ask, watch the investigation stream, read the report, act on proposals, browse history.
// Routes: / (ask), /investigations/{id} (one investigation, the link Slack messages carry), /history.

import { ApiError, api, paths } from './api.js';
import { $, clear, el } from './dom.js';
import { showHistory } from './history.js';
import { Progress } from './progress.js';
import { appendFinding, renderReport, renderRunning } from './report.js';

let session = { authentication: 'none', signedIn: false, scopes: [] };
const progress = new Progress({
  onFinding: (finding) => {
    if (shown !== current) appendFinding($('#report'), finding);
  },
  onReport: (report) => {
    if (shown !== report.id) showReport(report);
  },
  onEnded: () => reloadCurrent(),
});
let current = null;
// The investigation whose final report is on the page: a replayed report-ready does not draw it again.
let shown = null;

function route() {
  const path = location.pathname;
  const match = path.match(/^\/investigations\/([^/]+)$/);
  for (const link of document.querySelectorAll('.top nav a')) {
    if (link.getAttribute('href') === path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  $('#ask').hidden = path === '/history';
  $('#investigation').hidden = !match;
  $('#history').hidden = path !== '/history';
  if (match) openInvestigation(decodeURIComponent(match[1]));
  else progress.stop();
  if (path === '/history') showHistory(navigate);
}

export function navigate(href) {
  history.pushState(null, '', href);
  route();
  $('#main').focus({ preventScroll: true });
}

async function openInvestigation(id) {
  current = id;
  shown = null;
  $('#inv-title').textContent = 'Investigation';
  $('#inv-meta').textContent = id;
  clear($('#report'));
  try {
    const report = await api(paths.investigation(id));
    if (current !== id) return;
    header(report);
    if (report.status === 'RUNNING' || report.status === 'QUEUED') {
      renderRunning($('#report'));
    } else {
      showReport(report);
    }
    // A finished investigation's stream replays its progress and ends: the log of how it ran.
    progress.follow(id);
  } catch (e) {
    progress.stop();
    $('#inv-title').textContent = e instanceof ApiError && e.status === 404 ? 'No such investigation' : 'Cannot load it';
    $('#report').append(el('p', { class: 'error' }, e.message));
  }
}

/** The stream ended without a report (refused, or the service went away): read the report as it stands. */
async function reloadCurrent() {
  if (!current || shown === current) return;
  const report = await api(paths.investigation(current)).catch(() => null);
  if (report && report.status !== 'RUNNING' && report.status !== 'QUEUED') showReport(report);
}

function header(report) {
  $('#report').dataset.cluster = report.cluster || '';
  $('#inv-title').textContent = report.question;
  $('#inv-meta').textContent = [`cluster ${report.cluster}`, report.namespace ? `namespace ${report.namespace}` : 'all namespaces',
    `started ${report.startedAt}`, report.id].join(' · ');
}

function showReport(report) {
  shown = report.id;
  header(report);
  renderReport($('#report'), report, session);
}

async function ask(event) {
  event.preventDefault();
  const question = $('#question').value.trim();
  const error = $('#ask-error');
  error.textContent = '';
  if (!question) {
    error.textContent = 'Say what to investigate, e.g. "diagnose unhealthy pods".';
    return;
  }
  const body = { question };
  if ($('#namespace').value) body.namespace = $('#namespace').value;
  if ($('#cluster').value) body.cluster = $('#cluster').value;
  const button = $('#ask-button');
  button.disabled = true;
  try {
    const accepted = await api(paths.investigations, { method: 'POST', body });
    navigate(`/investigations/${accepted.id}`);
  } catch (e) {
    error.textContent = e.status === 401 ? 'Sign in to ask.' : e.message;
  } finally {
    button.disabled = false;
  }
}

async function loadSession() {
  const line = $('#session');
  try {
    session = await api(paths.session);
  } catch {
    session = { authentication: 'unknown', signedIn: false, scopes: [] };
  }
  clear(line);
  if (session.authentication === 'none') {
    line.append('No sign-in: this service runs without authentication on loopback (the local demo); anyone here may act.');
  } else if (session.signedIn) {
    line.append(`Signed in as ${session.subject} (${session.scopes.join(', ') || 'no API scope'}) `);
    if (session.signOut) line.append(signOutButton(session.signOut));
  } else if (session.authentication === 'bearer') {
    line.append('This service takes API tokens only: no sign-in is configured for the page (triage.auth.ui).');
  } else {
    line.append('Not signed in. ');
    if (session.signIn) line.append(el('a', { href: session.signIn }, 'Sign in'));
  }
  const mayAsk = session.authentication === 'none' || session.scopes.includes('agents/invoke');
  $('#ask-button').hidden = !mayAsk;
  $('#question').disabled = !mayAsk;
  $('#ask-hint').textContent = mayAsk ? 'Enter sends, Shift+Enter starts a new line.'
    : session.signedIn ? 'Asking needs the agents/invoke scope, which your sign-in does not hold.' : 'Sign in to ask.';
}

function signOutButton(path) {
  return el('button', { type: 'button', class: 'secondary', onclick: async () => {
    await api(path, { method: 'POST' }).catch(() => null);
    await loadSession();
  } }, 'Sign out');
}

async function loadPickers() {
  const clusterSelect = $('#cluster');
  let listed;
  try {
    listed = await api(paths.clusters);
  } catch {
    listed = { defaultCluster: null, names: [] };
  }
  clear(clusterSelect);
  // The empty value is the default cluster: a request naming none goes there.
  clusterSelect.append(el('option', { value: '' }, listed.defaultCluster ? `${listed.defaultCluster} (default)` : 'the served cluster'));
  for (const name of listed.names.filter((n) => n !== listed.defaultCluster)) {
    clusterSelect.append(el('option', { value: name }, name));
  }
  clusterSelect.addEventListener('change', () => loadNamespaces(clusterSelect.value));
  await loadNamespaces('');
}

/** The namespace picker for the cluster picked ('' the default): what it lists, or why it lists none. */
async function loadNamespaces(cluster) {
  const namespaceSelect = $('#namespace');
  clear(namespaceSelect).append(el('option', { value: '' }, 'all namespaces'));
  try {
    const listing = await api(cluster ? paths.clusterNamed(cluster) : paths.cluster);
    if ($('#cluster').value !== cluster) return;
    for (const ns of listing.namespaces) {
      namespaceSelect.append(el('option', { value: ns.name }, `${ns.name} (${ns.notReady} of ${ns.pods} pods not ready)`));
    }
    namespaceSelect.title = listing.unavailable ? `namespaces not listed: ${listing.unavailable}` : '';
  } catch (e) {
    namespaceSelect.title = `namespaces not listed: ${e.message}`;
  }
}

function wire() {
  $('#ask-form').addEventListener('submit', ask);
  $('#question').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $('#ask-form').requestSubmit();
    }
  });
  for (const example of document.querySelectorAll('.example')) {
    example.addEventListener('click', () => {
      $('#question').value = example.textContent;
      $('#question').focus();
    });
  }
  document.addEventListener('click', (e) => {
    const link = e.target.closest('a[data-nav]');
    if (!link || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(link.getAttribute('href'));
  });
  $('#history-filter').addEventListener('change', () => showHistory(navigate));
  window.addEventListener('popstate', route);
}

wire();
loadSession().then(() => {
  route();
  loadPickers();
});
