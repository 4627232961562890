// "Ohne Neubau": changes that reached the publisher but cannot change the
// public website (a draft saved, a file uploaded), newest first, with how many
// there were in all — so an editor who saved and sees no new build reads why.
import { Box, Typography } from '@strapi/design-system';
import type { NoBuildEvent } from '@sdd/shared-types';

export function NoBuildEvents({
  events,
  count,
  when,
}: {
  events: NoBuildEvent[];
  count: number;
  when: (iso: string) => string;
}) {
  return (
    <Box>
      <Typography variant="delta" tag="h2" id="ohne-neubau">
        Ohne Neubau
      </Typography>
      <Box paddingTop={2}>
        <Typography textColor="neutral600">
          {count === 0
            ? 'Bisher keine Änderung, die die Website nicht betrifft.'
            : `${count.toLocaleString('de-DE')} ${count === 1 ? 'Änderung betraf' : 'Änderungen betrafen'} die öffentliche Website nicht (z. B. gespeicherte Entwürfe) und ${count === 1 ? 'startete' : 'starteten'} keinen Neubau${count > events.length ? `; die neuesten ${events.length}` : ''}:`}
        </Typography>
      </Box>
      {events.length > 0 && (
        <Box tag="ul" paddingTop={2} aria-labelledby="ohne-neubau">
          {events.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <Typography>
                {when(e.at)}: {e.reason}
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
