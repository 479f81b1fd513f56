// Reads every row of a Parquet file with hyparquet (and hyparquet-compressors), one row group
// at a time as objects, and prints {"rows", "ms", "cpuMs", "maxRssKb"} for bench_parquet.
// Usage: node read.mjs FILE.parquet
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import fs from 'fs'

const file = process.argv[2]
const started = performance.now()
const cpuStarted = process.cpuUsage()
const bytes = fs.readFileSync(file)
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
const metadata = parquetMetadata(buffer)
let rows = 0
let rowStart = 0
for (const group of metadata.row_groups) {
  const rowEnd = rowStart + Number(group.num_rows)
  const objects = await parquetReadObjects({ file: buffer, metadata, compressors, rowStart, rowEnd })
  rows += objects.length
  rowStart = rowEnd
}
const ms = performance.now() - started
const cpu = process.cpuUsage(cpuStarted)
console.log(JSON.stringify({ rows, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS }))
