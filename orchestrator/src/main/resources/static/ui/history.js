// Past investigations, newest first, filtered by status and source.

import { api, paths } from './api.js';
import { $, age, clear, el } from './dom.js';

export async function showHistory(navigate) {
  const params = new URLSearchParams({ limit: '100' });
  const status = $('#filter-status').value;
  const source = $('#filter-source').value;
  if (status) params.set('status', status);
  if (source) params.set('source', source);
  const rows = $('#history-rows');
  try {
    const list = await api(`${paths.investigations}?${params}`);
    clear(rows).append(...list.investigations.map((i) => row(i, navigate)));
    $('#history-empty').hidden = list.investigations.length > 0;
  } catch (e) {
    clear(rows).append(el('tr', {}, el('td', { colspan: 5, class: 'error' }, e.message)));
  }
}

function row(i, navigate) {
  const href = `/investigations/${i.id}`;
  return el('tr', { dataset: { id: i.id } },
    el('td', {}, el('time', { datetime: i.createdAt, title: i.createdAt }, age(i.createdAt))),
    el('td', {}, el('span', { class: `pill st-${i.status}` }, i.status)),
    el('td', {}, i.source || ''),
    el('td', {}, `${i.cluster}${i.namespace ? ' / ' + i.namespace : ''}`),
    el('td', { class: 'q' },
      el('a', { href, onclick: (e) => { e.preventDefault(); navigate(href); } }, i.question),
      el('span', { class: 'verdict-line' }, i.verdict || (i.status === 'RUNNING' ? 'running…' : i.status === 'QUEUED' ? 'queued…' : ''))));
}
