import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import {
  BLOCK_KIND_LABELS,
  languageName,
  SOURCE_LANGUAGE,
  type CompactBlock,
} from '../../../../shared/domain/actionPlanCompact';
import { useBackendMutation } from '../../../client/hooks';
import { messageOf } from '../../../components/errors';
import { ConfirmButton } from '../ConfirmButton';

export interface BlockCardProps {
  versionId: number;
  block: CompactBlock;
  /** The language shown beside English for translating; English alone when it is 'en'. */
  language: string;
  first: boolean;
  last: boolean;
}

/** One block of a draft: its English text and, beside it, its translation. */
export function BlockCard({ versionId, block, language, first, last }: BlockCardProps) {
  const [english, setEnglish] = useState(block.texts[SOURCE_LANGUAGE] ?? '');
  const [translation, setTranslation] = useState(block.texts[language] ?? '');
  const options = { invalidates: ['compact.'] };
  const save = useBackendMutation('compact.saveBlock', options);
  const move = useBackendMutation('compact.moveBlock', options);
  const remove = useBackendMutation('compact.deleteBlock', options);
  const translating = language !== SOURCE_LANGUAGE;
  const englishChanged = english !== (block.texts[SOURCE_LANGUAGE] ?? '');
  const translationChanged = translating && translation !== (block.texts[language] ?? '');
  const outdated = translating && block.outdated.includes(language);
  const changed = englishChanged || translationChanged;
  const label = `${BLOCK_KIND_LABELS[block.kind]}${block.standardCode ? ` ${block.standardCode}` : ''}`;
  const missing = translating && !(block.texts[language] ?? '').trim();
  const error = save.error ?? move.error ?? remove.error;
  // Only what was edited is sent: re-sending an untouched translation would mark it as
  // made from the new English when nobody has checked it.
  const textsToSave = () => ({
    ...(englishChanged ? { [SOURCE_LANGUAGE]: english } : {}),
    ...(translationChanged ? { [language]: translation } : {}),
  });
  const markReviewed = () =>
    save.mutate({
      versionId,
      blockId: block.id,
      kind: block.kind,
      texts: { [language]: translation },
    });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={`Block ${block.position + 1}: ${label}`}
      data-kind={block.kind}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{label}</Text>
            {missing && (
              <Badge color="yellow.4" variant="filled" autoContrast>
                Not translated
              </Badge>
            )}
            {outdated && !missing && (
              <Badge color="yellow.4" variant="filled" autoContrast>
                Translation out of date
              </Badge>
            )}
          </Group>
          <Group gap={4}>
            <Button
              size="compact-sm"
              variant="default"
              disabled={first}
              onClick={() => move.mutate({ blockId: block.id, direction: 'up' })}
              aria-label={`Move ${label} up`}
            >
              Up
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              disabled={last}
              onClick={() => move.mutate({ blockId: block.id, direction: 'down' })}
              aria-label={`Move ${label} down`}
            >
              Down
            </Button>
            <ConfirmButton
              size="compact-sm"
              label="Delete"
              ariaLabel={`Delete ${label}`}
              title={`Delete the block ${label}?`}
              consequence="Its text in every language is removed from the draft."
              onConfirm={() => remove.mutate({ blockId: block.id })}
            />
          </Group>
        </Group>
        <SimpleGrid cols={translating ? 2 : 1}>
          <Textarea
            label={`${label} in English`}
            autosize
            minRows={block.kind === 'title' || block.kind === 'heading' ? 1 : 2}
            value={english}
            readOnly={block.kind === 'standard'}
            description={
              block.kind === 'standard'
                ? 'The public wording of the standard; change it on the standard'
                : undefined
            }
            onChange={(event) => setEnglish(event.currentTarget.value)}
          />
          {translating && (
            <Textarea
              label={`${label} in ${languageName(language)}`}
              lang={language}
              autosize
              minRows={block.kind === 'title' || block.kind === 'heading' ? 1 : 2}
              value={translation}
              onChange={(event) => setTranslation(event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {messageOf(error)}
          </Text>
        )}
        {outdated && !changed && !missing && (
          <Group justify="flex-end">
            <Button
              size="compact-md"
              variant="default"
              loading={save.isPending}
              onClick={markReviewed}
            >
              Translation still right
            </Button>
          </Group>
        )}
        {changed && (
          <Group justify="flex-end">
            <Button
              size="compact-md"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  versionId,
                  blockId: block.id,
                  kind: block.kind,
                  texts: textsToSave(),
                })
              }
            >
              Save {label}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
