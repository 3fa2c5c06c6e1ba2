// Acting on a proposed runbook: its dry-run plan, approve with a reason or deny, execute with the approval, its
// steps, and the audit trail. The approvals service decides; the page only shows the buttons the scopes allow.

import { ApiError, api, paths } from './api.js';
import { clear, el, resource } from './dom.js';

const STATUSES = ['PENDING', 'APPROVED', 'USED', 'DENIED', 'REVOKED', 'EXPIRED'];
const EXECUTE_TIMEOUT_MS = 150_000;

export async function renderProposals(section, report, session) {
  if (!report.remediations.length) {
    section.append(el('p', { class: 'muted' }, 'No runbook proposed.'));
    return;
  }
  const entries = await ledgerEntries(report.id);
  for (const remediation of report.remediations) {
    const card = el('article', { class: 'proposal', 'aria-label': `${remediation.runbook} on ${resource(remediation.target)}` });
    section.append(card);
    new Proposal(card, remediation, entries.get(remediation.proposalId), session, report.id).render();
  }
}

/** Every proposal of the investigation with where its decision stands, by proposal id. */
async function ledgerEntries(investigationId) {
  const entries = new Map();
  const lists = await Promise.allSettled(STATUSES.map((s) => api(paths.approvals(investigationId, s))));
  for (const list of lists) {
    if (list.status === 'fulfilled') for (const entry of list.value.approvals) entries.set(entry.proposalId, entry);
  }
  return entries;
}

class Proposal {
  constructor(card, remediation, entry, session, investigationId) {
    this.card = card;
    this.investigationId = investigationId;
    this.remediation = remediation;
    this.entry = entry;
    this.canDecide = session.scopes.includes('tools/execute');
    this.execution = null;
  }

  render() {
    const r = this.remediation;
    const status = this.entry ? this.entry.status : r.status;
    const params = Object.keys(r.params).sort().map((k) => `${k}=${r.params[k]}`).join(', ');
    const parts = [
      el('header', {},
        el('h3', {}, r.runbook),
        el('span', { class: 'resource' }, `on ${resource(r.target)}`),
        el('span', { class: `pill st-${status}`, dataset: { role: 'proposal-status' } }, status),
        el('span', { class: 'muted' }, `risk ${r.risk}${r.requiresApproval ? ', needs approval' : ''}`)),
      el('p', {}, r.rationale, params ? ` (${params})` : ''),
      el('p', { class: 'muted' }, 'for ', el('a', { href: `#f-${r.findingId.replace(/[^A-Za-z0-9_-]/g, '-')}` }, r.findingId)),
      this.plan(),
      this.decision(),
      el('div', { class: 'actions' }, this.actions()),
      this.steps(),
      this.auditDetails()];
    clear(this.card).append(...parts.filter(Boolean));
  }

  plan() {
    const steps = this.entry && Array.isArray(this.entry.plan) ? this.entry.plan : null;
    if (!steps) return el('p', { class: 'muted' }, 'No dry-run plan (the runbook server refused or has no record).');
    return el('div', {}, el('h4', {}, 'Dry-run plan'), el('ol', { class: 'plan' }, steps.map((s) => el('li', {},
      el('strong', {}, s.action), `: ${s.description}`,
      (s.changes || []).length ? el('ul', {}, s.changes.map((c) => el('li', {}, el('code', {}, c.field), `: ${c.from} → ${c.to}`))) : null))));
  }

  decision() {
    const d = this.entry && this.entry.decision;
    if (!d) return null;
    const said = [`${d.decision.toLowerCase()} by ${d.decidedBy} at ${d.decidedAt}`];
    if (d.reason) said.push(`“${d.reason}”`);
    if (d.expiresAt && !d.usedAt && !d.revokedAt) said.push(`valid until ${d.expiresAt}`);
    if (d.usedAt) said.push(`used at ${d.usedAt}`);
    if (d.revokedAt) said.push(`revoked by ${d.revokedBy} at ${d.revokedAt}: “${d.revokeReason}”`);
    return el('p', { class: 'muted', dataset: { role: 'decision' } }, said.join(' · '));
  }

  actions() {
    if (!this.remediation.proposalId) return [el('span', { class: 'muted' }, 'The runbook server refused this proposal (policy, or the target already changed): nothing to decide.')];
    const status = this.entry ? this.entry.status : 'PENDING';
    if (!this.canDecide) {
      return [el('span', { class: 'muted' }, 'Deciding needs the tools/execute scope, which your sign-in does not hold.')];
    }
    const reason = el('input', { type: 'text', 'aria-label': `Reason for ${this.remediation.runbook}`,
      placeholder: 'reason (required)', maxlength: 500 });
    const error = el('span', { class: 'error', role: 'alert' });
    const act = (verb, label, cls) => el('button', { type: 'button', class: cls,
      onclick: (e) => this.decide(verb, reason, error, e.target) }, label);
    if (status === 'PENDING') return [reason, act('approve', 'Approve'), act('deny', 'Deny', 'secondary'), error];
    if (status === 'APPROVED') {
      const approvalId = sessionStorage.getItem(`approval:${this.remediation.proposalId}`);
      const run = approvalId
        ? el('button', { type: 'button', onclick: (e) => this.execute(approvalId, error, e.target) }, 'Execute')
        : el('span', { class: 'muted' }, 'Approved elsewhere: the approval id went to its approver. ');
      return [run, reason, act('revoke', 'Revoke', 'secondary'), error];
    }
    return [el('span', { class: 'muted' }, statusText(status)), error];
  }

  async decide(verb, reason, error, button) {
    if (!reason.value.trim()) {
      error.textContent = `Say why you ${verb} it.`;
      reason.focus();
      return;
    }
    button.disabled = true;
    try {
      const answer = await api(paths.decide(this.remediation.proposalId, verb), { method: 'POST', body: { reason: reason.value.trim() } });
      if (verb === 'approve') sessionStorage.setItem(`approval:${this.remediation.proposalId}`, answer.approvalId);
      await this.refresh();
    } catch (e) {
      error.textContent = message(e);
      button.disabled = false;
    }
  }

  async execute(approvalId, error, button) {
    button.disabled = true;
    button.textContent = 'Executing…';
    try {
      this.execution = await api(paths.executions, { method: 'POST', timeoutMs: EXECUTE_TIMEOUT_MS,
        body: { proposalId: this.remediation.proposalId, approvalId } });
      sessionStorage.removeItem(`approval:${this.remediation.proposalId}`);
      await this.refresh();
    } catch (e) {
      error.textContent = message(e);
      button.disabled = false;
      button.textContent = 'Execute';
    }
  }

  async refresh() {
    const lists = await Promise.allSettled(STATUSES.map((s) => api(paths.approvals(this.investigationId, s))));
    for (const list of lists) {
      if (list.status !== 'fulfilled') continue;
      const found = list.value.approvals.find((a) => a.proposalId === this.remediation.proposalId);
      if (found) this.entry = found;
    }
    this.render();
    const audit = this.card.querySelector('details.audit');
    audit.open = true;
    await this.loadAudit(audit);
  }

  steps() {
    if (!this.execution && this.entry?.status === 'USED') {
      queueMicrotask(() => this.loadExecution());
      return el('div', { class: 'steps' }, el('p', { class: 'muted' }, 'Loading the run…'));
    }
    if (!this.execution) return null;
    const x = this.execution;
    return el('div', { class: 'steps' },
      el('h4', {}, 'Run ', el('span', { class: `pill st-${x.status}`, dataset: { role: 'execution-status' } }, x.status),
        el('span', { class: 'muted' }, ` ${x.executionId}`)),
      el('ol', {}, (x.steps || []).map((s) => el('li', {}, el('strong', {}, s.action), ' ',
        el('span', { class: `pill st-${s.status}` }, s.status), ` ${s.detail?.description ?? ''}`,
        s.detail?.note ? el('p', { class: 'muted' }, s.detail.note) : null))));
  }

  async loadExecution() {
    const runs = await api(paths.executionsOf(this.remediation.proposalId)).catch(() => null);
    const latest = runs?.executions?.[0];
    if (!latest) return;
    this.execution = await api(`${paths.executions}/${encodeURIComponent(latest.executionId)}`).catch(() => null);
    if (this.execution) this.render();
  }

  auditDetails() {
    if (!this.remediation.proposalId) return null;
    const audit = el('details', { class: 'audit' }, el('summary', {}, 'Audit trail'), el('div', {}));
    audit.addEventListener('toggle', () => { if (audit.open) this.loadAudit(audit); });
    return audit;
  }

  async loadAudit(audit) {
    const body = audit.querySelector('div');
    try {
      const trail = await api(paths.audit(this.remediation.proposalId));
      clear(body).append(el('ol', { dataset: { role: 'audit' } }, trail.entries.map((e) => el('li', {},
        el('strong', {}, e.action), ` by ${e.actor} at ${e.at}`,
        e.detail?.reason ? `: “${e.detail.reason}”` : ''))));
    } catch (e) {
      clear(body).append(el('p', { class: 'error' }, message(e)));
    }
  }
}

function statusText(status) {
  return {
    USED: 'Approved and run.',
    DENIED: 'Denied: final.',
    REVOKED: 'Approval revoked.',
    EXPIRED: 'The approval expired unused.',
  }[status] || status;
}

function message(e) {
  if (e instanceof ApiError && e.status === 401) return 'Sign in again: the service did not accept your session.';
  if (e instanceof ApiError && e.status === 403) return `Not allowed: ${e.message}`;
  return e.message;
}
