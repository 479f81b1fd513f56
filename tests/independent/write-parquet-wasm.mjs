// Times npm parquet-wasm (arrow-rs compiled to WebAssembly) writing the rows of a Parquet
// file again as snappy Parquet: the file is read into an Arrow table first, untimed, so
// the time is the writer's alone. Prints one JSON object: the best of RUNS writes, wall
// clock and the process's CPU time.
//
//   node write-parquet-wasm.mjs FILE [RUNS]
import { readFileSync } from 'node:fs'
import * as wasm from 'parquet-wasm'

const [path, runsArgument] = process.argv.slice(2)
const runs = Number(runsArgument ?? 3)
const input = new Uint8Array(readFileSync(path))
const seconds = []
const cpuSeconds = []
let bytes = 0
let rows = 0
for (let i = 0; i < runs; i++) {
  // writeParquet takes the table and the properties over: each run gets its own.
  const table = wasm.readParquet(input)
  rows = table.recordBatches().reduce((n, batch) => n + batch.numRows, 0)
  const properties = new wasm.WriterPropertiesBuilder()
    .setCompression(wasm.Compression.SNAPPY)
    .build()
  const start = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  const output = wasm.writeParquet(table, properties)
  const used = process.cpuUsage(cpu)
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9)
  cpuSeconds.push((used.user + used.system) / 1e6)
  bytes = output.length
}
process.stdout.write(JSON.stringify({
  seconds: Math.min(...seconds),
  cpuSeconds: Math.min(...cpuSeconds),
  runs: seconds,
  bytes,
  rows,
}))
