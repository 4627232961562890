// `node scripts/publisher/main.ts`: runs the publisher on its own (npm start
// runs it together with the CMS and the web server). Configuration: see
// config.ts, preview-config.ts and docs/publishing.md.
import { publisherConfig } from './config.ts';
import { previewConfig } from './preview-config.ts';
import { startPublisher } from './publisher.ts';

const publisher = await startPublisher(publisherConfig(), undefined, previewConfig());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void publisher.stop().then(() => process.exit(0));
  });
}
