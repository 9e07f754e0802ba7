import { Table } from '@mantine/core';

/** A table's header row of column headings, each scoped to its column for screen readers. */
export function TableHead({ headings }: { headings: readonly string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {headings.map((heading) => (
          <Table.Th key={heading} scope="col">
            {heading}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
