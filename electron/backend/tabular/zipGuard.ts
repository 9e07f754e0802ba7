import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { fileProblem } from './errors';
import type { TabularLimits } from './types';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** XML compresses well, but not a thousandfold; past that an entry is a bomb. */
const MAX_COMPRESSION_RATIO = 1000;
const ZIP64_MARKER = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  inflatedSize: number;
  localOffset: number;
}

export interface ZipSurvey {
  entries: ZipEntryInfo[];
  /** Whether the workbook counts its dates from 1904, read from xl/workbook.xml. */
  date1904: boolean;
}

async function readAt(handle: FileHandle, position: number, length: number) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function findEndRecord(handle: FileHandle, size: number, fileName: string) {
  const tailLength = Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
  const tail = await readAt(handle, size - tailLength, tailLength);
  for (let at = tail.length - END_RECORD_BYTES; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) return tail.subarray(at);
  }
  throw fileProblem(fileName, 'is not an Excel workbook (.xlsx), or it is damaged');
}

function refuse(fileName: string, rule: string): never {
  throw fileProblem(fileName, rule);
}

function parseDirectory(directory: Buffer, count: number, fileName: string) {
  const entries: ZipEntryInfo[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      refuse(fileName, 'is a damaged workbook: its zip directory is malformed');
    }
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const skip =
      nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const entry: ZipEntryInfo = {
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      inflatedSize: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
    };
    if (flags & 0x1)
      refuse(fileName, 'is encrypted; remove its password and save it again');
    entries.push(entry);
    at += 46 + skip;
  }
  return entries;
}

function checkEntries(entries: ZipEntryInfo[], fileName: string, limits: TabularLimits) {
  const names = new Set<string>();
  let inflated = 0;
  for (const entry of entries) {
    const folded = entry.name.normalize('NFC').toLowerCase();
    if (names.has(folded)) refuse(fileName, `holds the entry ${entry.name} twice`);
    names.add(folded);
    if (entry.method !== 0 && entry.method !== 8) {
      refuse(
        fileName,
        `uses a zip compression method Excel does not write (${entry.method})`,
      );
    }
    if (entry.inflatedSize === ZIP64_MARKER || entry.compressedSize === ZIP64_MARKER) {
      refuse(fileName, 'is larger than a workbook this app reads (zip64)');
    }
    const ratio = entry.inflatedSize / Math.max(entry.compressedSize, 1);
    if (ratio > MAX_COMPRESSION_RATIO) {
      refuse(
        fileName,
        `has an entry that inflates ${Math.round(ratio)} times; it is refused`,
      );
    }
    inflated += entry.inflatedSize;
  }
  if (inflated > limits.maxInflatedBytes) {
    refuse(
      fileName,
      `would inflate to ${inflated} bytes, over the limit of ${limits.maxInflatedBytes}`,
    );
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let index = 1; index < byOffset.length; index += 1) {
    const previous = byOffset[index - 1];
    const current = byOffset[index];
    if (
      previous &&
      current &&
      previous.localOffset + previous.compressedSize > current.localOffset
    ) {
      refuse(fileName, 'is a damaged or crafted workbook: two zip entries overlap');
    }
  }
}

async function readDate1904(
  handle: FileHandle,
  entries: ZipEntryInfo[],
): Promise<boolean> {
  const workbook = entries.find((entry) => entry.name === 'xl/workbook.xml');
  if (!workbook || workbook.inflatedSize > 4 * 1024 * 1024) return false;
  const header = await readAt(handle, workbook.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return false;
  const start =
    workbook.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const packed = await readAt(handle, start, workbook.compressedSize);
  const xml =
    workbook.method === 0
      ? packed.toString('utf8')
      : inflateRawSync(packed, { maxOutputLength: workbook.inflatedSize + 1 }).toString(
          'utf8',
        );
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(xml);
}

/**
 * Checks a workbook's zip directory before exceljs sees the file: exceljs inflates without
 * any limit, so entry count, declared sizes, compression ratio, encryption, duplicate names
 * and overlapping entries are checked here first.
 */
export async function surveyZip(
  handle: FileHandle,
  size: number,
  fileName: string,
  limits: TabularLimits,
): Promise<ZipSurvey> {
  const head = await readAt(handle, 0, 8);
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    refuse(fileName, 'is an older Excel .xls workbook; save it as .xlsx or CSV UTF-8');
  }
  if (head.length < 4 || head.readUInt32LE(0) !== LOCAL_HEADER) {
    refuse(fileName, 'is not an Excel workbook (.xlsx)');
  }
  const end = await findEndRecord(handle, size, fileName);
  const count = end.readUInt16LE(10);
  const directorySize = end.readUInt32LE(12);
  const directoryOffset = end.readUInt32LE(16);
  if (count > limits.maxZipEntries) {
    refuse(
      fileName,
      `holds ${count} zip entries, over the limit of ${limits.maxZipEntries}`,
    );
  }
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > size) {
    refuse(fileName, 'is a damaged workbook: its zip directory is out of bounds');
  }
  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries = parseDirectory(directory, count, fileName);
  checkEntries(entries, fileName, limits);
  if (!entries.some((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name))) {
    refuse(fileName, 'has no worksheet');
  }
  return { entries, date1904: await readDate1904(handle, entries) };
}
