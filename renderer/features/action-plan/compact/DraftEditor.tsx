import {
  Alert,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import {
  BLOCK_KINDS,
  BLOCK_KIND_LABELS,
  languageName,
  SOURCE_LANGUAGE,
  type BlockKind,
  type CompactDetail,
} from '../../../../shared/domain/actionPlanCompact';
import { useBackendMutation } from '../../../client/hooks';
import { messageOf } from '../../../components/errors';
import { Section } from '../../../components/Section';
import { ConfirmButton } from '../ConfirmButton';
import { AdoptModal } from './AdoptModal';
import { BlockCard } from './BlockCard';
import { ExportPanel } from './ExportPanel';

const ADDABLE_KINDS = BLOCK_KINDS.filter((kind) => kind !== 'standard').map((kind) => ({
  value: kind,
  label: BLOCK_KIND_LABELS[kind],
}));

function LanguagesEditor({ draft }: { draft: CompactDetail }) {
  const [text, setText] = useState(draft.languages.join(', '));
  const save = useBackendMutation('compact.setLanguages', { invalidates: ['compact.'] });
  const languages = text
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label="Languages offered"
        description="Language codes separated by commas, such as en, es, zh-Hant"
        w={360}
        value={text}
        error={save.error ? messageOf(save.error) : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Button
        variant="default"
        onClick={() => save.mutate({ id: draft.id, languages })}
        loading={save.isPending}
      >
        Save languages
      </Button>
    </Group>
  );
}

function AddBlock({ draft }: { draft: CompactDetail }) {
  const [kind, setKind] = useState<BlockKind>('promise');
  const add = useBackendMutation('compact.saveBlock', { invalidates: ['compact.'] });
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="New block"
        w={280}
        data={ADDABLE_KINDS}
        value={kind}
        allowDeselect={false}
        onChange={(value) => value && setKind(value)}
      />
      <Button
        variant="default"
        onClick={() =>
          add.mutate({ versionId: draft.id, blockId: null, kind, texts: { en: '' } })
        }
      >
        Add block
      </Button>
    </Group>
  );
}

/** The draft compact: its languages, its blocks side by side with a translation, adoption. */
export function DraftEditor({ draft }: { draft: CompactDetail }) {
  const [language, setLanguage] = useState(SOURCE_LANGUAGE);
  const [adopting, setAdopting] = useState(false);
  const sync = useBackendMutation('compact.syncStandards', { invalidates: ['compact.'] });
  const discard = useBackendMutation('compact.discardDraft', {
    invalidates: ['compact.'],
  });
  const shown = draft.languages.includes(language) ? language : SOURCE_LANGUAGE;
  const gaps = Object.entries(draft.untranslated).filter(
    ([, blocks]) => blocks.length > 0,
  );
  const actions = (
    <Group gap="xs">
      <Button
        variant="default"
        onClick={() => sync.mutate({ id: draft.id })}
        loading={sync.isPending}
      >
        Update standards from the published ones
      </Button>
      <ConfirmButton
        label="Discard draft"
        title={`Discard version ${draft.version}?`}
        consequence="Every change in this draft is lost. The adopted compact, if there is one, stays in force."
        onConfirm={() => discard.mutate({ id: draft.id })}
      />
      <Button onClick={() => setAdopting(true)}>Adopt</Button>
    </Group>
  );
  return (
    <Stack gap="lg">
      <Section title={`Draft, version ${draft.version}`} actions={actions}>
        <LanguagesEditor key={draft.languages.join()} draft={draft} />
        <Group gap="xs" aria-label="Translation status" role="group">
          {draft.languages.map((code) => (
            <Badge
              key={code}
              variant="filled"
              autoContrast
              color={draft.untranslated[code]?.length ? 'yellow.4' : 'teal.9'}
            >
              {languageName(code)}:{' '}
              {draft.untranslated[code]?.length
                ? `${draft.untranslated[code]?.length} to translate`
                : 'complete'}
            </Badge>
          ))}
        </Group>
        {gaps.length > 0 && (
          <Alert color="orange" title="Not ready to adopt">
            Every language the compact is offered in must be complete before it is
            adopted.
          </Alert>
        )}
        <Select
          label="Translate into"
          w={260}
          data={draft.languages.map((code) => ({
            value: code,
            label:
              code === SOURCE_LANGUAGE
                ? 'English only'
                : `${languageName(code)} (${code})`,
          }))}
          value={shown}
          allowDeselect={false}
          onChange={(value) => value && setLanguage(value)}
        />
        {draft.blocks.length === 0 && (
          <Text c="dimmed">The draft has no blocks yet.</Text>
        )}
        {draft.blocks.map((block, index) => (
          <BlockCard
            key={`${block.id}-${shown}-${JSON.stringify(block.texts)}`}
            versionId={draft.id}
            block={block}
            language={shown}
            first={index === 0}
            last={index === draft.blocks.length - 1}
          />
        ))}
        <AddBlock draft={draft} />
      </Section>
      <Section title="Save the draft as a page">
        <ExportPanel version={draft} />
      </Section>
      {adopting && <AdoptModal draft={draft} onClose={() => setAdopting(false)} />}
    </Stack>
  );
}
