export { FilePickerProvider, useFilePicker, type PickFile } from './FilePickerProvider';
export {
  folderOf,
  WORKSPACE_EXTENSION,
  WORKSPACE_FILTERS,
  type PickOptions,
} from './paths';
