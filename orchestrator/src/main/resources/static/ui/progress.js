// Live progress: the investigation's server-sent events, drawn as they arrive. The browser's EventSource resumes a
// dropped stream itself, sending Last-Event-ID, and the service then sends only what came after it.

import { paths } from './api.js';
import { $, clear, el } from './dom.js';

const MAX_EVENT_LINES = 400;

export class Progress {
  constructor({ onFinding, onReport, onEnded }) {
    this.onFinding = onFinding;
    this.onReport = onReport;
    this.onEnded = onEnded;
    this.source = null;
    this.lastId = 0;
  }

  /** Starts following investigation {@code id}; events already seen by an earlier follow are skipped. */
  follow(id) {
    this.stop();
    this.lastId = 0;
    clear($('#agents'));
    clear($('#events'));
    this.state('connecting');
    const source = new EventSource(paths.events(id));
    this.source = source;
    const handle = (type, render) => source.addEventListener(type, (message) => {
      const seq = Number(message.lastEventId);
      if (seq && seq <= this.lastId) return;
      if (seq) this.lastId = seq;
      render(JSON.parse(message.data));
    });
    source.addEventListener('open', () => this.state('live'));
    handle('agent-started', (step) => this.agentStarted(step));
    handle('agent-finished', (ended) => this.agentFinished(ended));
    handle('tool-called', (call) => this.line('tool', toolLine(call)));
    handle('model-called', (call) => this.line('model', modelLine(call)));
    handle('finding', (finding) => {
      this.line('finding', findingLine(finding));
      this.onFinding(finding);
    });
    handle('report-ready', (report) => {
      this.stop();
      // An agent whose end this stream did not carry (a stream cut short) has ended with the report all the same.
      for (const agent of document.querySelectorAll('#agents li[data-state="running"]')) agent.dataset.state = 'finished';
      this.line('report', `report ready: ${report.status}`);
      this.state(report.status.toLowerCase());
      this.onReport(report);
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        this.state('disconnected');
        this.onEnded();
      } else {
        this.state('reconnecting');
      }
    });
  }

  stop() {
    if (this.source) this.source.close();
    this.source = null;
  }

  state(text) {
    const pill = $('#progress-state');
    pill.textContent = text;
    pill.className = `pill st-${text.toUpperCase()}`;
  }

  agentStarted(step) {
    const existing = document.querySelector(`#agents li[data-agent="${CSS.escape(step.agent)}"]`);
    const item = existing || el('li', { dataset: { agent: step.agent } }, el('strong', {}, step.agent));
    item.dataset.state = 'running';
    item.title = step.reason;
    if (!existing) {
      $('#agents').append(item);
      this.line('agent', `${step.agent} started: ${step.reason}`);
    }
    return item;
  }

  /** An agent ended its part: {@code outcome} is finished or failed, with the failure's reason. */
  agentFinished({ agent, outcome, reason }) {
    const item = document.querySelector(`#agents li[data-agent="${CSS.escape(agent)}"]`);
    const failed = outcome === 'failed';
    if (item) item.dataset.state = failed ? 'failed' : 'finished';
    this.line(failed ? 'agent-failed' : 'agent', failed ? `${agent} failed: ${reason}` : `${agent} finished`);
  }

  line(kind, content) {
    const list = $('#events');
    const stick = list.scrollTop + list.clientHeight >= list.scrollHeight - 4;
    list.append(el('li', { class: `ev-${kind}` }, el('span', { class: 'kind' }, kind), content));
    while (list.childElementCount > MAX_EVENT_LINES) list.firstElementChild.remove();
    if (stick) list.scrollTop = list.scrollHeight;
  }
}

function toolLine(call) {
  return [el('code', {}, `${call.server}/${call.tool}`), ' ', el('code', { class: 'muted' }, call.arguments),
    ` → ${call.outcome} in ${call.ms} ms`];
}

function modelLine(call) {
  return `${call.agent} on ${call.tier} (${call.model}): ${call.outcome}, ${call.latencyMs} ms — ${call.reason}`;
}

function findingLine(finding) {
  return [el('span', { class: `pill s-${finding.severity}` }, finding.severity), ' ',
    `${finding.category} ${finding.kind}/${finding.namespace ? finding.namespace + '/' : ''}${finding.name}: `,
    finding.summary];
}
