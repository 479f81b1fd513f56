// Reads Parquet files with hyparquet (an independent reader, with the codecs of
// hyparquet-compressors) and prints, as one JSON document, each file's footer and rows.
// Timestamps become ISO 8601 strings, 64-bit integers numbers (exact below 2^53).
//
//   node read-parquet.mjs FILE...
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'

function plain(value) {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const out = {}
    for (const [key, inner] of Object.entries(value)) out[key] = plain(inner)
    return out
  }
  return value
}

function footer(metadata) {
  return {
    version: metadata.version,
    num_rows: Number(metadata.num_rows),
    created_by: metadata.created_by,
    key_value_metadata: metadata.key_value_metadata,
    schema: metadata.schema.map(e => ({
      name: e.name,
      type: e.type,
      repetition_type: e.repetition_type,
      num_children: e.num_children,
      converted_type: e.converted_type,
      logical_type: e.logical_type,
    })),
    row_groups: metadata.row_groups.map(g => ({
      num_rows: Number(g.num_rows),
      columns: g.columns.map(c => ({
        path: c.meta_data.path_in_schema.join('.'),
        type: c.meta_data.type,
        codec: c.meta_data.codec,
        encodings: c.meta_data.encodings,
        num_values: Number(c.meta_data.num_values),
        dictionary_page_offset: c.meta_data.dictionary_page_offset === undefined
          ? null : Number(c.meta_data.dictionary_page_offset),
        null_count: c.meta_data.statistics?.null_count === undefined
          ? null : Number(c.meta_data.statistics.null_count),
        min_value: plain(c.meta_data.statistics?.min_value ?? null),
        max_value: plain(c.meta_data.statistics?.max_value ?? null),
      })),
    })),
  }
}

const files = []
for (const path of process.argv.slice(2)) {
  const file = await asyncBufferFromFile(path)
  const metadata = await parquetMetadataAsync(file)
  const rows = await parquetReadObjects({ file, metadata, compressors })
  files.push({ path, metadata: footer(metadata), rows: plain(rows) })
}
process.stdout.write(JSON.stringify(files))
