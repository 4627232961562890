// Draws every KPI chart of the page (Chart.js, only the parts used) once it
// comes near the screen. A plain module, not a framework island: KPI and tile
// pages load no UI framework (issue #12: ≤ 70 KB JavaScript). The chart's
// figures are in the page as sentences and as a table, so without JavaScript
// nothing is lost (the empty box is then hidden by CSS).
import type { ChartData } from '@sdd/shared-types';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { buildChartConfig } from '../lib/chart-config.ts';

Chart.register(
  LineController,
  BarController,
  LineElement,
  BarElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
const charts: Chart[] = [];
motion.addEventListener('change', () => {
  for (const chart of charts) {
    chart.options.animation = motion.matches ? false : { duration: 400 };
    chart.update('none');
  }
});

function draw(canvas: HTMLCanvasElement): void {
  const data = JSON.parse(canvas.dataset.chart ?? 'null') as ChartData | null;
  if (data) charts.push(new Chart(canvas, buildChartConfig(data, canvas, motion.matches)));
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      draw(entry.target as HTMLCanvasElement);
    }
  },
  { rootMargin: '200px' },
);
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) observer.observe(canvas);
