import { defineHandlers } from '../../rpc/types';
import { departmentWorkspace, write } from '../handlers';
import { renderCompact, writePage } from './exportPage';
import {
  adopt,
  createDraft,
  deleteBlock,
  moveBlock,
  saveBlock,
  syncStandards,
} from './operations';
import {
  deleteVersion,
  getDetail,
  listVersions,
  requireDraft,
  setVersionLanguages,
} from './repository';

export const compactHandlers = defineHandlers({
  'compact.list': (_input, context) => listVersions(departmentWorkspace(context).db),
  'compact.get': ({ id }, context) => getDetail(departmentWorkspace(context).db, id),
  'compact.createDraft': (_input, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => createDraft(open.db));
  },
  'compact.discardDraft': ({ id }, context) => {
    const open = departmentWorkspace(context);
    requireDraft(open.db, id);
    return { deleted: write(open, () => deleteVersion(open.db, id)) };
  },
  'compact.setLanguages': ({ id, languages }, context) => {
    const open = departmentWorkspace(context);
    requireDraft(open.db, id);
    write(open, () => setVersionLanguages(open.db, id, languages));
    return getDetail(open.db, id);
  },
  'compact.saveBlock': ({ versionId, blockId, kind, texts }, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => saveBlock(open.db, versionId, blockId, kind, texts));
  },
  'compact.deleteBlock': ({ blockId }, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => deleteBlock(open.db, blockId));
  },
  'compact.moveBlock': ({ blockId, direction }, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => moveBlock(open.db, blockId, direction));
  },
  'compact.syncStandards': ({ id }, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => syncStandards(open.db, id));
  },
  'compact.adopt': ({ id, adoptedOn, approvedBy }, context) => {
    const open = departmentWorkspace(context);
    return write(open, () => adopt(open.db, id, adoptedOn, approvedBy));
  },
  'compact.render': (input, context) =>
    renderCompact(departmentWorkspace(context).db, input),
  'compact.exportHtml': ({ file, ...choice }, context) => {
    const { html, ...rendered } = renderCompact(departmentWorkspace(context).db, choice);
    return { ...rendered, path: file, bytes: writePage(file, html) };
  },
});
