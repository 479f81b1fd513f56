// Writes a Parquet file shaped like an export of customer profiles (nested structs, an
// identity map of lists of structs, a list of events, timestamps), snappy-compressed in row
// groups of 100,000 rows, for bench_parquet to read when it is given no file of its own.
// With "flat", the same fields as top-level columns only (no groups, lists or maps).
// Usage: node generate.mjs OUT.parquet [ROWS] [flat]
import { ParquetWriter, fileWriter } from 'hyparquet-writer'

const [out, rowsArg, shape] = process.argv.slice(2)
const flat = shape === 'flat'
const rows = Number(rowsArg ?? 1000000)
const groupRows = 100000

// A small deterministic generator, so every run writes the same file.
let seed = 42
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = (list) => list[Math.floor(random() * list.length)]
const firstNames = ['Aiko', 'Ben', 'Chloé', 'Daniel', 'Emi', 'Farah', 'Günter', 'Hiro', 'Isabel', 'Jun', 'Keiko', 'Liam', 'María', 'Noah', 'Olga', 'Priya', 'Ren', 'Sakura', 'Tom', 'Yuki']
const lastNames = ['Abe', 'Brown', 'Chen', 'Dubois', 'Endo', 'Fischer', 'García', 'Hayashi', 'Ito', 'Jones', 'Kato', 'Lee', 'Müller', 'Nakamura', 'Ono', 'Patel', 'Rossi', 'Sato', 'Tanaka', 'Watanabe']
const cities = ['Tokyo', 'Osaka', 'London', 'Paris', 'Berlin', 'San Jose', 'Sydney', 'Toronto', 'São Paulo', 'Seoul']
const countries = ['JP', 'JP', 'GB', 'FR', 'DE', 'US', 'AU', 'CA', 'BR', 'KR']
const eventTypes = ['web.webpagedetails.pageViews', 'commerce.productViews', 'commerce.purchases', 'web.webinteraction.linkClicks']
const tiers = ['bronze', 'silver', 'gold', 'platinum']
const segmentIds = Array.from({ length: 40 }, (_, i) => `seg-${(i * 7919).toString(16).padStart(8, '0')}`)
const start = 1704067200000000n // 2024-01-01 in microseconds

function profile(i) {
  const first = pick(firstNames)
  const last = pick(lastNames)
  const city = Math.floor(random() * cities.length)
  const email = `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.com`
  const ecid = (BigInt(i) * 6364136223846793005n % (1n << 63n)).toString().padStart(38, '0')
  const identityMap = { ECID: [{ id: ecid, primary: true, authenticatedState: 'ambiguous' }] }
  if (random() < 0.7) identityMap.Email = [{ id: email, primary: false, authenticatedState: 'authenticated' }]
  if (random() < 0.2) identityMap.Phone = [{ id: `+81-90-${String(i % 10000).padStart(4, '0')}-${String(i % 9973).padStart(4, '0')}`, primary: false, authenticatedState: 'loggedOut' }]
  const events = []
  const eventCount = Math.floor(random() * 4)
  for (let e = 0; e < eventCount; e++) {
    events.push({ timestamp: start + BigInt(Math.floor(random() * 3e13)), eventType: pick(eventTypes), url: `https://shop.example.com/p/${Math.floor(random() * 5000)}` })
  }
  const segments = []
  for (let s = Math.floor(random() * 4); s > 0; s--) segments.push(pick(segmentIds))
  return {
    _id: `profile-${i}`,
    person: { name: { firstName: first, lastName: last }, birthDate: 3650 + Math.floor(random() * 15000) },
    personalEmail: random() < 0.9 ? { address: email } : null,
    homeAddress: { city: cities[city], countryCode: countries[city], postalCode: String(100000 + Math.floor(random() * 899999)) },
    loyalty: random() < 0.5 ? { points: BigInt(Math.floor(random() * 1e6)), tier: pick(tiers) } : null,
    identityMap,
    segments,
    events,
    _repo: { createDate: start - BigInt(Math.floor(random() * 3e13)), modifyDate: start + BigInt(Math.floor(random() * 3e13)) },
  }
}

const utf8 = (name, repetition = 'OPTIONAL') => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: repetition })
const timestamp = (name) => ({ name, type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'OPTIONAL' })
const group = (name, children, extra = {}) => ({ name, repetition_type: 'OPTIONAL', num_children: children, ...extra })
const schema = [
  { name: 'spark_schema', num_children: 9 },
  utf8('_id', 'REQUIRED'),
  group('person', 2), group('name', 2), utf8('firstName'), utf8('lastName'),
  { name: 'birthDate', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
  group('personalEmail', 1), utf8('address'),
  group('homeAddress', 3), utf8('city'), utf8('countryCode'), utf8('postalCode'),
  group('loyalty', 2), { name: 'points', type: 'INT64', repetition_type: 'OPTIONAL' }, utf8('tier'),
  group('identityMap', 1, { converted_type: 'MAP' }),
  { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 }, utf8('key', 'REQUIRED'),
  group('value', 1, { converted_type: 'LIST' }), { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  group('element', 3), utf8('id'), { name: 'primary', type: 'BOOLEAN', repetition_type: 'OPTIONAL' }, utf8('authenticatedState'),
  group('segments', 1, { converted_type: 'LIST' }), { name: 'list', repetition_type: 'REPEATED', num_children: 1 }, utf8('element'),
  group('events', 1, { converted_type: 'LIST' }), { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  group('element', 3), timestamp('timestamp'), utf8('eventType'), utf8('url'),
  group('_repo', 2), timestamp('createDate'), timestamp('modifyDate'),
]
const columns = ['_id', 'person', 'personalEmail', 'homeAddress', 'loyalty', 'identityMap', 'segments', 'events', '_repo']

// The flat shape: one column per primitive of a profile, lists reduced to their first element.
const flatColumns = {
  _id: [utf8('_id', 'REQUIRED'), r => r._id],
  firstName: [utf8('firstName'), r => r.person.name.firstName],
  lastName: [utf8('lastName'), r => r.person.name.lastName],
  birthDate: [{ name: 'birthDate', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }, r => r.person.birthDate],
  email: [utf8('email'), r => r.personalEmail?.address ?? null],
  city: [utf8('city'), r => r.homeAddress.city],
  countryCode: [utf8('countryCode'), r => r.homeAddress.countryCode],
  postalCode: [utf8('postalCode'), r => r.homeAddress.postalCode],
  points: [{ name: 'points', type: 'INT64', repetition_type: 'OPTIONAL' }, r => r.loyalty?.points ?? null],
  tier: [utf8('tier'), r => r.loyalty?.tier ?? null],
  ecid: [utf8('ecid'), r => r.identityMap.ECID[0].id],
  segment: [utf8('segment'), r => r.segments[0] ?? null],
  lastEvent: [timestamp('lastEvent'), r => r.events[0]?.timestamp ?? null],
  eventType: [utf8('eventType'), r => r.events[0]?.eventType ?? null],
  createDate: [timestamp('createDate'), r => r._repo.createDate],
  modifyDate: [timestamp('modifyDate'), r => r._repo.modifyDate],
}
const flatSchema = [{ name: 'spark_schema', num_children: Object.keys(flatColumns).length }, ...Object.values(flatColumns).map(([element]) => element)]

const writer = new ParquetWriter({ writer: fileWriter(out), schema: flat ? flatSchema : schema, codec: 'SNAPPY', statistics: false, createdBy: 'bench_parquet sample (hyparquet-writer)' })
for (let from = 0; from < rows; from += groupRows) {
  const batch = []
  for (let i = from; i < Math.min(rows, from + groupRows); i++) batch.push(profile(i))
  const columnData = flat
    ? Object.entries(flatColumns).map(([name, [, value]]) => ({ name, data: batch.map(value) }))
    : columns.map(name => ({ name, data: batch.map(r => r[name]) }))
  writer.write({ columnData, rowGroupSize: groupRows })
}
writer.finish()
console.log(JSON.stringify({ rows }))
