// The problems of a failed build, for editors: what is wrong in which entry
// and field, what to do, and a link straight to the entry.
import type { BuildProblem } from '@sdd/shared-types';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { problemLink } from './problem-link';

function Problem({ problem }: { problem: BuildProblem }) {
  const { entry, field } = problem;
  return (
    <Box
      tag="li"
      background="danger100"
      padding={3}
      hasRadius
      borderColor="danger200"
      borderStyle="solid"
      borderWidth="1px"
    >
      <Flex direction="column" alignItems="flex-start" gap={1}>
        {entry && (
          <Typography fontWeight="bold">
            {entry.typeName} „{entry.name}“{field ? ` · Feld „${field}“` : ''}
          </Typography>
        )}
        <Typography textColor="danger700">{problem.message}</Typography>
        <Typography textColor="neutral800">{problem.remedy}</Typography>
        {entry && (
          <Link tag={NavLink} to={problemLink(entry)}>
            {entry.typeName} „{entry.name}“ öffnen
          </Link>
        )}
      </Flex>
    </Box>
  );
}

export function BuildProblems({ problems }: { problems: readonly BuildProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Flex
      tag="ul"
      aria-label="Gefundene Probleme"
      direction="column"
      alignItems="stretch"
      gap={2}
      paddingTop={2}
      style={{ listStyle: 'none', width: '100%' }}
    >
      {problems.map((p, i) => (
        <Problem key={i} problem={p} />
      ))}
    </Flex>
  );
}
