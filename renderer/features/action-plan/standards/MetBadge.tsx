import { Badge } from '@mantine/core';

/** Met, not met or no data, in words as well as colour. */
export function MetBadge({ met }: { met: boolean | null }) {
  if (met === null) {
    return (
      <Badge variant="outline" color="gray.7" data-met="none">
        No data
      </Badge>
    );
  }
  return met ? (
    <Badge color="teal.9" data-met="true">
      Met
    </Badge>
  ) : (
    <Badge color="red.9" data-met="false">
      Not met
    </Badge>
  );
}
