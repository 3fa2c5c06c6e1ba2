// The API as the page calls it: JSON in and out, problem details turned into errors that say what to fix.

const TIMEOUT_MS = 30_000;

export class ApiError extends Error {
  constructor(status, detail, body) {
    super(detail);
    this.status = status;
    this.body = body;
  }
}

/** The X-Triage-UI header marks the page's own calls (a cross-site form cannot set it). */
export async function api(path, { method = 'GET', body, timeoutMs = TIMEOUT_MS } = {}) {
  const headers = { Accept: 'application/json', 'X-Triage-UI': '1' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new ApiError(0, e.name === 'TimeoutError' ? `${method} ${path} got no answer in ${timeoutMs / 1000} s`
      : `the service cannot be reached (${e.message})`);
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!response.ok) {
    const detail = (data && (data.detail || data.title)) || text || response.statusText;
    throw new ApiError(response.status, detail, data);
  }
  return data;
}

export const paths = {
  investigations: '/api/v1/investigations',
  investigation: (id) => `/api/v1/investigations/${encodeURIComponent(id)}`,
  events: (id) => `/api/v1/investigations/${encodeURIComponent(id)}/events`,
  approvals: (investigationId, status) =>
    `/api/v1/approvals?investigationId=${encodeURIComponent(investigationId)}&status=${status}`,
  decide: (proposalId, verb) => `/api/v1/approvals/${encodeURIComponent(proposalId)}/${verb}`,
  audit: (proposalId) => `/api/v1/approvals/${encodeURIComponent(proposalId)}/audit`,
  executions: '/api/v1/executions',
  executionsOf: (proposalId) => `/api/v1/executions?proposalId=${encodeURIComponent(proposalId)}`,
  cluster: '/api/v1/cluster',
  clusters: '/api/v1/clusters',
  clusterNamed: (name) => `/api/v1/clusters/${encodeURIComponent(name)}`,
  session: '/api/v1/session',
  series: (ref, cluster) => `/api/v1/metrics/series?ref=${encodeURIComponent(ref)}`
    + (cluster ? `&cluster=${encodeURIComponent(cluster)}` : ''),
};
