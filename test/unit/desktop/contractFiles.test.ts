import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../../shared/contract';
import {
  FILE_ACCESSES,
  fileRef,
  joinContracts,
  method,
  type MethodSpec,
} from '../../../shared/contract/define';

const output = z.object({});

function fileRefKeys(spec: MethodSpec): string[] {
  if (!(spec.input instanceof z.ZodObject)) return [];
  const shape = spec.input.shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((key) => {
    let field: unknown = shape[key];
    while (field instanceof z.ZodOptional || field instanceof z.ZodNullable) {
      field = field.unwrap();
    }
    return field === fileRef;
  });
}

describe('the contract\u2019s file inputs', () => {
  it('declare every fileRef input of every method, each with a known access', () => {
    for (const name of METHOD_NAMES) {
      const spec: MethodSpec = contract[name];
      const declared = spec.files ?? {};

      expect(Object.keys(declared).sort(), name).toEqual(fileRefKeys(spec).sort());
      for (const access of Object.values(declared)) {
        expect(FILE_ACCESSES, name).toContain(access);
      }
    }
  });

  it('say that backups and exports write, new workspaces create and the rest read', () => {
    const accessOf = (name: keyof typeof contract) => contract[name].files;

    expect(accessOf('workspace.backup')).toEqual({ file: 'write' });
    expect(accessOf('compact.exportHtml')).toEqual({ file: 'write' });
    expect(accessOf('host.exportCompactPdf')).toEqual({ file: 'write' });
    expect(accessOf('host.exportSurveyFormPdf')).toEqual({ file: 'write' });
    expect(accessOf('surveys.saveForm')).toEqual({ file: 'write' });
    expect(accessOf('workspace.createDepartment')).toEqual({ file: 'create' });
    expect(accessOf('workspace.createOffice')).toEqual({ file: 'create' });
    expect(accessOf('workspace.open')).toEqual({ file: 'read' });
    expect(accessOf('imports.run')).toEqual({ file: 'read' });
    expect(accessOf('responses.import')).toEqual({ file: 'read' });
  });

  it('name the purposes of every call that writes, creates or imports a chosen file', () => {
    const purposesOf = (name: keyof typeof contract) =>
      (contract[name] as MethodSpec).filePurposes;

    expect(purposesOf('workspace.backup')).toEqual(['save-backup']);
    expect(purposesOf('workspace.createDepartment')).toEqual(['create-workspace']);
    expect(purposesOf('workspace.open')).toEqual(['open-workspace']);
    for (const name of [
      'compact.exportHtml',
      'host.exportCompactPdf',
      'host.exportSurveyFormPdf',
      'surveys.saveForm',
      'surveys.exportResults',
    ] as const) {
      expect(purposesOf(name), name).toEqual(['save-export']);
    }
    for (const name of [
      'imports.preview',
      'imports.run',
      'responses.preview',
      'responses.import',
    ] as const) {
      expect(purposesOf(name), name).toEqual(['import-data']);
    }
    const writers = METHOD_NAMES.filter((name) =>
      Object.values((contract[name] as MethodSpec).files ?? {}).some(
        (access) => access !== 'read',
      ),
    );
    for (const name of writers) {
      expect((contract[name] as MethodSpec).filePurposes, name).toBeDefined();
    }
  });

  it('refuse at start-up purposes on a call without a file input', () => {
    const table = {
      'test.nothing': method({
        summary: 'A call that takes no file',
        input: z.object({}),
        output,
        filePurposes: ['save-export'],
      }),
    };

    expect(() => joinContracts(table)).toThrow(
      'test.nothing: filePurposes given without a file input',
    );
  });

  it('refuse at start-up a declared key that is not a fileRef of the input', () => {
    const table = {
      'test.save': method({
        summary: 'A call whose file input is a plain string',
        input: z.object({ file: z.string() }),
        output,
        files: { file: 'write' },
      }),
    };

    expect(() => joinContracts(table)).toThrow(
      'test.save: file input file is not a fileRef of the input',
    );
  });

  it('refuse at start-up a fileRef input that is not declared', () => {
    const table = {
      'test.open': method({
        summary: 'A call that forgot to declare its file',
        input: z.object({ file: fileRef.optional() }),
        output,
      }),
    };

    expect(() => joinContracts(table)).toThrow(
      'test.open: input file is a fileRef but not declared in files',
    );
  });

  it('accept an optional or nullable fileRef that is declared', () => {
    const table = {
      'test.export': method({
        summary: 'A call with an optional destination',
        input: z.object({ file: fileRef.nullable().optional() }),
        output,
        files: { file: 'write' },
      }),
    };

    expect(Object.keys(joinContracts(table))).toEqual(['test.export']);
  });
});
