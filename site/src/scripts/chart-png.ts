// "Diagramm als PNG" (Downloads.astro): draws the chart's SVG — the file the
// SVG link serves, with title, unit, source, licence and Datenstand — onto a
// canvas of the SVG's own size and saves it as PNG. In the browser rather
// than in the build: a PNG per KPI and tile cost the build more than all its
// pages (issue #12). The SVG is same-origin, so the canvas stays readable.
// Without this script the button stays hidden and the SVG link remains.

async function drawnPng(svgPath: string): Promise<Blob> {
  const image = new Image();
  image.src = svgPath;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0) throw new Error('no canvas');
  context.drawImage(image, 0, 0);
  return new Promise((done, failed) =>
    canvas.toBlob((blob) => (blob ? done(blob) : failed(new Error('no PNG'))), 'image/png'),
  );
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  // After the click has handed the file over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-png-from]')) {
  const status = button.closest('section')?.querySelector<HTMLElement>('[data-png-status]');
  button.closest<HTMLElement>('[data-chart-png]')!.hidden = false;
  button.addEventListener('click', async () => {
    // Cleared first, so the same message twice is announced twice. The button stays enabled: disabling it would take
    // the keyboard focus away.
    if (status) status.textContent = '';
    try {
      save(await drawnPng(button.dataset.pngFrom!), button.dataset.pngName!);
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}
