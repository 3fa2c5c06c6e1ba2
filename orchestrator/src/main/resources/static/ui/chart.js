// A metric series as a small inline SVG: the line, the threshold it is judged against, and the moment it changed.

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 360;
const HEIGHT = 90;
const PAD = { left: 34, right: 6, top: 6, bottom: 14 };

function svg(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Where the series' level shifted most: the split that maximizes the difference of the means before and after,
 * weighted by how many points each side has (a binary segmentation step). Null for fewer than 6 points or no shift.
 */
export function changePoint(values) {
  const n = values.length;
  if (n < 6) return null;
  const total = values.reduce((a, b) => a + b, 0);
  let best = null;
  let bestScore = 0;
  let before = 0;
  for (let k = 2; k <= n - 2; k++) {
    before += values[k - 1];
    const score = Math.abs(before / k - (total - before) / (n - k)) * Math.sqrt((k * (n - k)) / n);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  const spread = Math.max(...values) - Math.min(...values);
  return spread > 0 && bestScore > spread * 0.5 ? best : null;
}

/** Draws {points: [[iso, value]], unit, threshold} into {@code figure}, replacing what it held. */
export function drawSeries(figure, series, label) {
  const points = series.points || [];
  const values = points.map((p) => p[1]);
  const times = points.map((p) => Date.parse(p[0]));
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img',
    'aria-label': `${label}: ${values.length} points` });
  const caption = document.createElement('figcaption');
  if (values.length < 2) {
    caption.textContent = `${label}: not enough points to draw`;
    figure.replaceChildren(chart, caption);
    return;
  }
  const threshold = typeof series.threshold === 'number' ? series.threshold : null;
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values, threshold ?? -Infinity) * 1.05 || 1;
  const t0 = times[0];
  const t1 = times[times.length - 1];
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (v) => HEIGHT - PAD.bottom - ((v - lo) / (hi - lo || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  chart.append(svg('text', { x: 0, y: PAD.top + 8 }, short(hi)), svg('text', { x: 0, y: HEIGHT - PAD.bottom }, short(lo)));
  chart.append(svg('text', { x: PAD.left, y: HEIGHT - 2 }, clock(t0)),
    svg('text', { x: WIDTH - PAD.right - 30, y: HEIGHT - 2 }, clock(t1)));
  if (threshold !== null) {
    chart.append(svg('line', { class: 'threshold', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(threshold), y2: y(threshold) }));
  }
  chart.append(svg('polyline', { class: 'line', points: times.map((t, i) => `${x(t).toFixed(1)},${y(values[i]).toFixed(1)}`).join(' ') }));
  const k = changePoint(values);
  const parts = [label];
  if (threshold !== null) parts.push(`threshold ${short(threshold)}${series.unit === 'Percent' ? '%' : ''}`);
  if (k !== null) {
    chart.append(svg('line', { class: 'change', x1: x(times[k]), x2: x(times[k]), y1: PAD.top, y2: HEIGHT - PAD.bottom }));
    parts.push(`changed at ${clock(times[k])}`);
  }
  caption.textContent = parts.join(' · ');
  figure.replaceChildren(chart, caption);
}

function short(v) {
  const a = Math.abs(v);
  if (a >= 1e6) return `${(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(1)}k`;
  return `${Math.round(v * 10) / 10}`;
}

function clock(t) {
  return new Date(t).toISOString().slice(11, 16);
}
