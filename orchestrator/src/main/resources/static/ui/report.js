// The report, answer first: verdict and root causes, the cause chain, the findings with their quoted evidence and
// metric charts, the proposed runbooks; route, model calls and tool calls one click away.

import { api, paths } from './api.js';
import { drawSeries } from './chart.js';
import { clear, el, firstLine, resource } from './dom.js';
import { renderProposals } from './act.js';

const SOURCES = { STATUS: 'status field', SPEC: 'spec', EVENT: 'event', LOG: 'log line', METRIC: 'metric' };

export function renderReport(container, report, session) {
  // A report drawn again (the stream's report after the one read) keeps what the person had opened.
  const opened = new Set([...container.querySelectorAll('details[data-section][open]')].map((d) => d.dataset.section));
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const fragment = document.createDocumentFragment();
  fragment.append(verdict(report, byId));
  const chain = causeChain(report, byId);
  if (chain) fragment.append(chain);
  fragment.append(findingsSection(report.findings));
  const proposals = el('section', { class: 'proposals', 'aria-labelledby': 'proposals-title' },
    el('h2', { id: 'proposals-title' }, `Proposed runbooks (${report.remediations.length})`));
  fragment.append(proposals);
  if (report.notes.length) {
    fragment.append(el('section', {}, el('h2', {}, 'Notes'), el('ul', {}, report.notes.map((n) => el('li', {}, n)))));
  }
  fragment.append(details(report, opened));
  clear(container).append(fragment);
  chartsWhenVisible(container);
  renderProposals(proposals, report, session);
}

/** While the investigation runs: findings as they appear, in the same list the report will hold. */
export function renderRunning(container) {
  clear(container).append(findingsSection([]));
}

export function appendFinding(container, finding) {
  const list = container.querySelector('.findings-list');
  if (!list) return;
  list.append(findingCard(finding));
  const title = container.querySelector('#findings-title');
  title.textContent = `Findings so far (${list.childElementCount})`;
  chartsWhenVisible(container);
}

function verdict(report, byId) {
  const roots = report.rootCauses.map((id) => byId.get(id)).filter(Boolean);
  const section = el('section', { class: 'verdict', 'aria-labelledby': 'verdict-title' },
    el('h2', { id: 'verdict-title' }, 'Verdict ', el('span', { class: `pill st-${report.status}` }, report.status)),
    el('p', { class: 'headline' }, firstLine(report.summary) || 'No summary.'));
  if (roots.length) {
    section.append(el('h3', {}, `Root causes (${roots.length}), most urgent first`),
      el('ol', { class: 'roots' }, roots.map((f) => el('li', {},
        el('span', { class: `pill s-${f.severity}` }, f.severity), ' ',
        el('a', { href: `#${anchor(f.id)}` }, `${f.category} ${where(f)}`), ': ', f.summary))));
  } else if (report.status === 'COMPLETED') {
    section.append(el('p', {}, 'Nothing is wrong that the tools can see.'));
  }
  return section;
}

function causeChain(report, byId) {
  const symptoms = new Map();
  for (const f of report.findings) {
    if (f.causedBy) symptoms.set(f.causedBy, [...(symptoms.get(f.causedBy) || []), f]);
  }
  if (!symptoms.size) return null;
  const items = [...symptoms.entries()].map(([cause, effects]) => {
    const root = byId.get(cause);
    return el('li', {}, el('a', { href: `#${anchor(cause)}` }, root ? `${root.category} ${where(root)}` : cause),
      ' → ', el('ul', {}, effects.map((f) => el('li', {},
        el('a', { href: `#${anchor(f.id)}` }, `${f.category} ${where(f)}`), `: ${f.summary}`))));
  });
  return el('section', { class: 'chain', 'aria-labelledby': 'chain-title' },
    el('h2', { id: 'chain-title' }, 'Cause chain (cause → symptoms)'), el('ul', {}, items));
}

function findingsSection(findings) {
  return el('section', { 'aria-labelledby': 'findings-title' },
    el('h2', { id: 'findings-title' }, `Findings (${findings.length})`),
    el('div', { class: 'findings-list' }, findings.map(findingCard)));
}

function findingCard(f) {
  return el('article', { class: 'finding', id: anchor(f.id), 'aria-label': `${f.category} ${where(f)}` },
    el('header', {},
      el('span', { class: `pill s-${f.severity}` }, f.severity),
      el('h3', {}, f.category),
      el('span', { class: 'resource' }, where(f)),
      f.owner && resource(f.owner) !== where(f) ? el('span', { class: 'muted' }, `owner ${resource(f.owner)}`) : null,
      el('span', { class: 'muted' }, f.causedBy ? 'symptom' : 'root cause')),
    el('p', {}, f.summary),
    f.causedBy ? el('p', { class: 'muted' }, 'caused by ', el('a', { href: `#${anchor(f.causedBy)}` }, f.causedBy)) : null,
    f.pods.length ? el('p', { class: 'muted' }, `pods: ${f.pods.join(', ')}`) : null,
    el('ul', { class: 'evidence', 'aria-label': 'Evidence' }, f.evidence.map(evidenceItem)));
}

function evidenceItem(e) {
  return el('li', {},
    el('span', { class: 'src' }, SOURCES[e.source] || e.source),
    el('span', { class: 'ref' }, e.ref),
    el('blockquote', {}, e.quote),
    e.source === 'METRIC' ? el('figure', { class: 'chart', dataset: { ref: e.ref } },
      el('figcaption', {}, 'series not loaded yet')) : null);
}

function details(report, opened) {
  const section = (name) => ({ dataset: { section: name }, open: opened.has(name) });
  return el('section', { 'aria-label': 'How the investigation ran' },
    el('details', section('route'), el('summary', {}, `Route (${report.route.length} agents)`),
      el('ol', {}, report.route.map((s) => el('li', {}, el('strong', {}, s.agent), `: ${s.reason}`)))),
    el('details', section('models'), el('summary', {}, `Model calls (${report.models.length})`),
      table(['agent', 'tier', 'model', 'why', 'tokens in/out', 'ms', 'outcome'], report.models.map((m) =>
        [m.agent, m.tier, m.model, m.reason, `${m.inputTokens}/${m.outputTokens}`, m.latencyMs, m.outcome]))),
    el('details', section('tools'), el('summary', {}, `Tool calls (${report.toolCalls.length})`),
      table(['server', 'tool', 'arguments', 'outcome', 'ms'], report.toolCalls.map((c) =>
        [c.server, c.tool, el('code', {}, c.arguments), c.outcome, c.ms]))),
    el('p', { class: 'meta' }, `Started ${report.startedAt}`, report.finishedAt ? `, finished ${report.finishedAt}` : ''));
}

export function table(headings, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, cell))))));
}

function where(f) {
  return [f.kind, f.namespace, f.name].filter(Boolean).join('/');
}

export function anchor(id) {
  return `f-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

let observer = null;

/**
 * Charts are fetched and drawn when their finding scrolls near the view: a report of 50 findings stays fast. The
 * finding is watched, not the figure: a finding off screen is not rendered (content-visibility), nor are its figures.
 */
function chartsWhenVisible(container) {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      entry.target.querySelectorAll('figure.chart').forEach(loadChart);
    }
  }, { rootMargin: '300px' });
  for (const finding of container.querySelectorAll('article.finding:not([data-observed])')) {
    finding.dataset.observed = '1';
    if (finding.querySelector('figure.chart')) observer.observe(finding);
  }
}

async function loadChart(figure) {
  const ref = figure.dataset.ref;
  const label = ref.split(' ')[1] || ref;
  try {
    // The report's container names the investigation's cluster: its CloudWatch server holds the series.
    const series = await api(paths.series(ref, figure.closest('[data-cluster]')?.dataset.cluster));
    drawSeries(figure, series, label);
    figure.dataset.drawn = '1';
  } catch (e) {
    figure.querySelector('figcaption').textContent = `series unavailable: ${e.message}`;
  }
}
