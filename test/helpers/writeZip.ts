import { crc32, deflateRawSync } from 'node:zlib';

/** One member of a ZIP written by {@link writeZip}. */
export interface ZipMember {
  name: string;
  data: Uint8Array | string;
  /** 8 deflate (default), 0 stored. */
  method?: 0 | 8;
  /** The name's bytes as written, for CP437 names; default UTF-8 with the UTF-8 flag where not ASCII. */
  rawName?: Uint8Array;
  /** Sets the encryption flag (the data is written as is). */
  encrypted?: boolean;
  /** The uncompressed size the headers claim, for a header that lies. */
  declaredSize?: number;
}

const encoder = new TextEncoder();

/**
 * Writes a ZIP archive in memory, as simply as archivers do: local headers, data, central directory,
 * end record. For tests: members can be stored, named in CP437, flagged encrypted, or lie about size.
 *
 * @example
 * ```ts
 * const zip = writeZip([{ name: 'a.txt', data: 'hello' }]);
 * ```
 */
export function writeZip(members: readonly ZipMember[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const data = typeof member.data === 'string' ? encoder.encode(member.data) : member.data;
    const method = member.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : Buffer.from(data);
    const name = member.rawName ?? encoder.encode(member.name);
    const utf8 = member.rawName === undefined && [...member.name].some((c) => c.charCodeAt(0) > 0x7f);
    const flags = (utf8 ? 0x0800 : 0) | (member.encrypted ? 0x0001 : 0);
    const crc = crc32(data);
    const size = member.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), body);
    centrals.push(central, Buffer.from(name));
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
