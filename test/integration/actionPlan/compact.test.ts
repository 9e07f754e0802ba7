import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { createDepartmentWorkspace, type TestBackend } from '../../support/backend';
import { seedService, seedStandard } from '../../support/actionPlan';
import { makeTempDir } from '../../support/temp';

let temp: ReturnType<typeof makeTempDir>;
let test: TestBackend;

beforeEach(async () => {
  temp = makeTempDir();
  test = await createDepartmentWorkspace(temp.path('dmv.pcf'));
});
afterEach(() => {
  test.backend.shutdown();
  temp.cleanup();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

/** Gives every block of a draft a Spanish text. */
async function translateAll(id: number) {
  const draft = await test.call('compact.get', { id });
  for (const block of draft.blocks) {
    await test.call('compact.saveBlock', {
      versionId: id,
      blockId: block.id,
      kind: block.kind,
      texts: { es: `ES: ${block.texts.en ?? ''}` },
    });
  }
}

describe('a first draft of the compact', () => {
  it('starts from the usual sections, the department contact and the published standards', async () => {
    const service = await seedService(test);
    await seedStandard(test, service.id);
    await seedStandard(test, service.id, { code: 'UNPUBLISHED', published: false });

    const draft = await test.call('compact.createDraft', {});

    expect(draft).toMatchObject({ version: 1, status: 'draft', languages: ['en'] });
    expect(draft.blocks.map((block) => block.kind)).toEqual([
      'title',
      'introduction',
      'heading',
      'promise',
      'heading',
      'standard',
      'heading',
      'contact',
      'heading',
      'complaints',
    ]);
    expect(draft.blocks[5]).toMatchObject({
      standardCode: 'PHONE-ANSWER',
      texts: { en: 'We answer the phone within 3 minutes.' },
    });
    expect(draft.blocks[7]?.texts.en).toMatch(/ana.ruiz@dmv.ca.gov/);
  });

  it('is the only draft at a time', async () => {
    await test.call('compact.createDraft', {});

    const error = await refusal(test.call('compact.createDraft', {}));

    expect(error?.code).toBe('E_CONFLICT');
  });
});

describe('translating and adopting', () => {
  it('lists untranslated blocks per offered language and refuses adoption until they are done', async () => {
    const draft = await test.call('compact.createDraft', {});
    const offered = await test.call('compact.setLanguages', {
      id: draft.id,
      languages: ['en', 'es'],
    });

    const refused = await refusal(
      test.call('compact.adopt', {
        id: draft.id,
        adoptedOn: '2026-04-01',
        approvedBy: 'Director',
      }),
    );
    await translateAll(draft.id);
    const adopted = await test.call('compact.adopt', {
      id: draft.id,
      adoptedOn: '2026-04-01',
      approvedBy: 'Director Kim',
    });

    // The starter headings come with Spanish; the other five blocks do not.
    expect(offered.untranslated.es).toHaveLength(5);
    expect(offered.untranslated.en).toHaveLength(0);
    expect(refused?.code).toBe('E_CONFLICT');
    expect(refused?.message).toMatch(/Español \(es\): 5 blocks/);
    expect(adopted).toMatchObject({
      status: 'adopted',
      adoptedOn: '2026-04-01',
      approvedBy: 'Director Kim',
    });
  });

  it(
    'keeps history: a new draft copies the adopted text, and adopting it supersedes ' +
      'the old one',
    async () => {
      const first = await test.call('compact.createDraft', {});
      await test.call('compact.adopt', {
        id: first.id,
        adoptedOn: '2026-01-10',
        approvedBy: 'Director',
      });

      const second = await test.call('compact.createDraft', {});
      const locked = await refusal(
        test.call('compact.saveBlock', {
          versionId: first.id,
          blockId: null,
          kind: 'promise',
          texts: { en: 'Late' },
        }),
      );
      await test.call('compact.saveBlock', {
        versionId: second.id,
        blockId: null,
        kind: 'closing',
        texts: { en: 'Thank you.' },
      });
      await test.call('compact.adopt', {
        id: second.id,
        adoptedOn: '2026-06-01',
        approvedBy: 'Director',
      });
      const history = await test.call('compact.list', {});

      expect(second.blocks).toHaveLength(first.blocks.length);
      expect(locked?.code).toBe('E_CONFLICT');
      expect(
        history.map((version) => [version.version, version.status, version.supersededOn]),
      ).toEqual([
        [2, 'adopted', null],
        [1, 'superseded', '2026-06-01'],
      ]);
    },
  );

  it('moves and deletes blocks of the draft', async () => {
    const draft = await test.call('compact.createDraft', {});
    const [title, introduction] = draft.blocks;

    const moved = await test.call('compact.moveBlock', {
      blockId: introduction!.id,
      direction: 'up',
    });
    const removed = await test.call('compact.deleteBlock', { blockId: title!.id });

    expect(moved.blocks.slice(0, 2).map((block) => block.kind)).toEqual([
      'introduction',
      'title',
    ]);
    expect(removed.blocks.map((block) => block.position)).toEqual(
      removed.blocks.map((_block, index) => index),
    );
    expect(removed.blocks.some((block) => block.id === title!.id)).toBe(false);
  });

  it('brings standard blocks in line with the published wording, dropping stale translations', async () => {
    const service = await seedService(test);
    const standard = await seedStandard(test, service.id);
    const draft = await test.call('compact.createDraft', {});
    const block = draft.blocks.find((candidate) => candidate.kind === 'standard')!;
    await test.call('compact.saveBlock', {
      versionId: draft.id,
      blockId: block.id,
      kind: 'standard',
      texts: { es: 'Contestamos en 3 minutos.' },
    });
    const {
      id: _id,
      measurementCount: _count,
      updatedAt: _at,
      service: owner,
      ...rest
    } = standard;
    await test.call('standards.update', {
      id: standard.id,
      standard: {
        ...rest,
        serviceId: owner.id,
        wording: 'We answer the phone within 2 minutes.',
      },
    });
    await seedStandard(test, service.id, {
      code: 'WEB',
      channel: 'web',
      wording: 'We reply online in a day.',
    });

    const synced = await test.call('compact.syncStandards', { id: draft.id });
    const standards = synced.blocks.filter((candidate) => candidate.kind === 'standard');

    expect(standards.map((candidate) => candidate.texts)).toEqual([
      { en: 'We answer the phone within 2 minutes.' },
      { en: 'We reply online in a day.' },
    ]);
  });
});

describe('a translation of English that has since changed', () => {
  it('is out of date: it blocks adoption and is not shown on the page until reviewed', async () => {
    const draft = await test.call('compact.createDraft', {});
    await test.call('compact.setLanguages', { id: draft.id, languages: ['en', 'es'] });
    await translateAll(draft.id);
    const promise = draft.blocks.find((block) => block.kind === 'promise')!;

    const edited = await test.call('compact.saveBlock', {
      versionId: draft.id,
      blockId: promise.id,
      kind: 'promise',
      texts: { en: 'We treat every customer with courtesy, respect and patience.' },
    });
    const refused = await refusal(
      test.call('compact.adopt', {
        id: draft.id,
        adoptedOn: '2026-04-01',
        approvedBy: 'Director',
      }),
    );
    const partial = await test.call('compact.render', {
      language: 'es',
      allowPartial: true,
    });
    const reviewed = await test.call('compact.saveBlock', {
      versionId: draft.id,
      blockId: promise.id,
      kind: 'promise',
      texts: { es: 'Tratamos a cada cliente con cortesía, respeto y paciencia.' },
    });

    expect(edited.blocks.find((block) => block.id === promise.id)?.outdated).toEqual([
      'es',
    ]);
    expect(edited.untranslated.es).toEqual([
      expect.objectContaining({ blockId: promise.id, reason: 'outdated' }),
    ]);
    expect(refused?.code).toBe('E_CONFLICT');
    expect(partial.html).toContain(
      '<p lang="en">We treat every customer with courtesy, respect and patience.</p>',
    );
    expect(partial.html).toContain('la traducción está desactualizada');
    expect(reviewed.untranslated.es).toEqual([]);
  });
});

describe('exporting the compact as a page', () => {
  it('writes a self-contained page marked as a draft, with every text escaped', async () => {
    const draft = await test.call('compact.createDraft', {});
    await test.call('compact.saveBlock', {
      versionId: draft.id,
      blockId: null,
      kind: 'promise',
      texts: { en: 'We never <script>alert(1)</script> & "quote".' },
    });
    const out = temp.path('compact.html');

    const result = await test.call('compact.exportHtml', { file: out });
    const html = readFileSync(out, 'utf8');

    expect(result).toMatchObject({
      version: 1,
      draft: true,
      language: 'en',
      untranslated: [],
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('DRAFT. This compact is a draft.');
    expect(html).toContain(
      'We never &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;.',
    );
    expect(html).not.toMatch(/<script|src=|href=|@import/i);
  });

  it(
    'refuses a language with untranslated blocks unless a partial page is allowed, ' +
      'which lists them',
    async () => {
      await test.call('compact.createDraft', {});

      const refused = await refusal(test.call('compact.render', { language: 'es' }));
      const partial = await test.call('compact.render', {
        language: 'es',
        allowPartial: true,
      });

      expect(refused?.code).toBe('E_CONFLICT');
      expect(refused?.message).toMatch(/not fully translated into Español \(es\)/);
      expect(partial.untranslated).toHaveLength(5);
      expect(partial.html).toContain('<html lang="es" dir="ltr">');
      expect(partial.html).toContain('Aún sin traducir');
      expect(partial.html).toContain('<h2>Nuestros compromisos</h2>');
      expect(partial.html).toMatch(/<p lang="en">This compact tells you/);
    },
  );

  it('exports the adopted compact in Spanish once it is translated, and not the newer draft', async () => {
    const first = await test.call('compact.createDraft', {});
    await test.call('compact.setLanguages', { id: first.id, languages: ['en', 'es'] });
    await translateAll(first.id);
    await test.call('compact.adopt', {
      id: first.id,
      adoptedOn: '2026-04-01',
      approvedBy: 'Director Kim',
    });
    await test.call('compact.createDraft', {});

    const page = await test.call('compact.render', { language: 'es' });

    expect(page).toMatchObject({ version: 1, draft: false, untranslated: [] });
    expect(page.html).toContain('Adoptado el 2026-04-01; aprobado por Director Kim');
    expect(page.html).not.toContain('Borrador');
  });

  it('counts the page labels as untranslated in a language the app has no labels for', async () => {
    const draft = await test.call('compact.createDraft', {});
    await translateAllInto(draft.id, 'vi');

    const refused = await refusal(test.call('compact.render', { language: 'vi' }));

    expect(refused?.message).toMatch(/the page\u2019s own labels/);
  });

  it('says so when there is no compact yet', async () => {
    const error = await refusal(test.call('compact.render', {}));

    expect(error?.code).toBe('E_NOT_FOUND');
  });
});

async function translateAllInto(id: number, language: string) {
  const draft = await test.call('compact.get', { id });
  for (const block of draft.blocks) {
    await test.call('compact.saveBlock', {
      versionId: id,
      blockId: block.id,
      kind: block.kind,
      texts: { [language]: `${language}: ${block.texts.en ?? ''}` },
    });
  }
}
