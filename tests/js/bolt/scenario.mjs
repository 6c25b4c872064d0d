// Plays one Bolt cross-check scenario with Neo4j's official JavaScript driver against the recording server the
// .NET test started on loopback, and prints one JSON line: {"outputs": [...]}, the canonical text of every value
// and error the driver handed back. The same scenarios are played by our client in
// tests/CooperationGraph.Neo4j.Tests/CrossCheck/OurScenarios.cs; the two must agree line for line.
// Usage: node tests/js/bolt/scenario.mjs <scenario> <bolt-or-neo4j-uri>
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';

const [scenario, uri] = process.argv.slice(2);
const { types, int } = neo4j;
const outputs = [];
const USER_AGENT = 'CooperationGraph/1.0';

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const floatBits = (value) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return hex(new Uint8Array(view.buffer));
};
const pad = (value, width = 2) => String(value).padStart(width, '0');
const nanosOfDay = (t) => ((BigInt(t.hour) * 60n + BigInt(t.minute)) * 60n + BigInt(t.second)) * 1000000000n + BigInt(t.nanosecond);
const local = (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}.${pad(t.nanosecond, 9)}`;

// The canonical text of a value: the same function is written in C# (CanonicalValue.cs).
function canon(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${floatBits(value)}`;
  if (typeof value === 'string') return `str:${value.length}:${createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16)}`;
  if (value instanceof Int8Array || value instanceof Uint8Array) return `bytes:${hex(value)}`;
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  if (types.isNode?.(value) || value instanceof types.Node) return node(value);
  if (value instanceof types.Relationship) return relationship(value);
  if (value instanceof types.Path) {
    return `Path(${node(value.start)}${value.segments.map((s) => `;${relationship(s.relationship)};${node(s.end)}`).join('')})`;
  }
  if (value instanceof types.Date) return `Date(${value.year}-${pad(value.month)}-${pad(value.day)})`;
  if (value instanceof types.LocalTime) return `LocalTime(${nanosOfDay(value)})`;
  if (value instanceof types.Time) return `Time(${nanosOfDay(value)},${value.timeZoneOffsetSeconds})`;
  if (value instanceof types.LocalDateTime) return `LocalDateTime(${local(value)})`;
  if (value instanceof types.DateTime) {
    return `DateTime(${local(value)},offset=${value.timeZoneOffsetSeconds ?? 'null'},zone=${value.timeZoneId ?? 'null'})`;
  }
  if (value instanceof types.Duration) return `Duration(${value.months},${value.days},${value.seconds},${value.nanoseconds})`;
  if (value instanceof types.Point) {
    const z = value.z === undefined ? '' : `,${floatBits(value.z)}`;
    return `Point(${value.srid},${floatBits(value.x)},${floatBits(value.y)}${z})`;
  }
  if (typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${k}=${canon(value[k])}`).join(',')}}`;
  }
  throw new Error(`no canonical form for ${typeof value}`);
}
const node = (n) => `Node(${n.identity},${canon(n.labels)},${canon(n.properties)},${n.elementId})`;
const relationship = (r) =>
  `Rel(${r.identity},${r.start},${r.end},${r.type},${canon(r.properties)},${r.elementId},${r.startNodeElementId},${r.endNodeElementId})`;

const recordOut = (records) => records.forEach((r) => outputs.push(r.keys.map((k) => `${k}=${canon(r.get(k))}`).join(' ')));
const errorOut = (error) => outputs.push(`error:${error.code}`);

// Every parameter type, built as the driver's users build them (integers as neo4j.int: plain numbers are floats).
function everyType() {
  const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${pad(i)}`, int(i)]));
  return {
    nothing: null,
    yes: true,
    no: false,
    ints: [0, -16, -17, 127, 128, -128, -129, 32767, 32768, -32769, 2147483647, 2147483648, -2147483649].map((i) => int(i))
      .concat([int('9223372036854775807'), int('-9223372036854775808')]),
    floats: [1.5, -0.0, 1e308, 6.02214076e23],
    strings: ['', 'ascii', '桂澳中药质量研究联合实验室', 'x'.repeat(300), 'y'.repeat(70000)],
    bytes: new Int8Array([1, 2, 3, -1]),
    lists: [[], [int(1), 'a', null, [2.5]], Array.from({ length: 20 }, (_, i) => int(i))],
    maps: [{}, { a: int(1), b: { c: [true] } }, many],
    date: new types.Date(2024, 3, 31),
    time: new types.Time(12, 34, 56, 789000001, 7200),
    localTime: new types.LocalTime(1, 2, 3, 4),
    dateTimeOffset: new types.DateTime(2024, 3, 31, 3, 30, 0, 5, 7200),
    dateTimeZone: new types.DateTime(2024, 3, 31, 3, 30, 0, 5, undefined, 'Europe/Berlin'),
    dateTimeZoneBefore: new types.DateTime(2024, 3, 31, 1, 59, 59, 0, undefined, 'Europe/Berlin'),
    localDateTime: new types.LocalDateTime(2024, 10, 27, 2, 30, 0, 999),
    duration: new types.Duration(14, 3, 14706, 7),
    point2d: new types.Point(int(4326), 108.3, 22.8),
    point3d: new types.Point(int(9157), 1.0, 2.0, 3.0),
  };
}

const scenarios = {
  async 'auth-basic'() {
    await autoCommit(neo4j.auth.basic('neo4j', 'secret'));
  },
  async 'auth-bearer'() {
    await autoCommit(neo4j.auth.bearer('a-sso-token'));
  },
  async parameters(driver) {
    const session = driver.session();
    recordOut((await session.run('RETURN $p AS p', { p: everyType() })).records);
    await session.close();
  },
  async 'values-back'(driver) {
    const session = driver.session();
    recordOut((await session.run('RETURN values')).records);
    await session.close();
  },
  async 'tx-commit'(driver) {
    const session = driver.session();
    const tx = await session.beginTransaction();
    recordOut((await tx.run('CREATE (n) RETURN 1 AS n')).records);
    await tx.commit();
    outputs.push(`bookmarks:${session.lastBookmarks().join(',')}`);
    await session.close();
  },
  'tx-rollback-unread': (driver) => rollbackUnread(driver, 'UNWIND range(1, 5) AS i RETURN i'),
  'tx-rollback-unread-empty': (driver) => rollbackUnread(driver, 'CREATE (n)'),
  async 'tx-rollback-read'(driver) {
    const session = driver.session();
    const tx = await session.beginTransaction();
    recordOut((await tx.run('UNWIND range(1, 5) AS i RETURN i')).records);
    await tx.rollback();
    await session.close();
  },
  async 'failure-reset'(driver) {
    const session = driver.session();
    try {
      await session.run('FAIL');
    } catch (error) {
      errorOut(error);
    }
    recordOut((await session.run('RETURN 1 AS n')).records);
    await session.close();
  },
  async bookmarks(driver) {
    const session = driver.session({ bookmarks: ['FB:seed'] });
    await session.executeWrite(async (tx) => recordOut((await tx.run('CREATE (n) RETURN 1 AS n')).records));
    await session.executeRead(async (tx) => recordOut((await tx.run('RETURN 1 AS n')).records));
    outputs.push(`bookmarks:${session.lastBookmarks().join(',')}`);
    await session.close();
  },
  async paging(driver) {
    const session = driver.session({ fetchSize: 2 });
    recordOut((await session.run('UNWIND range(1, 5) AS i RETURN i')).records);
    await session.close();
  },
  async routing(driver) {
    const session = driver.session();
    await session.executeWrite(async (tx) => recordOut((await tx.run('CREATE (n) RETURN 1 AS n')).records));
    await session.close();
  },
  async telemetry(driver) {
    const session = driver.session();
    await session.executeWrite(async (tx) => recordOut((await tx.run('RETURN 1 AS n')).records));
    recordOut((await session.run('RETURN 1 AS n')).records);
    const tx = await session.beginTransaction();
    recordOut((await tx.run('RETURN 1 AS n')).records);
    await tx.commit();
    await session.close();
  },
};

// Runs a query in a transaction and rolls back without reading its result, then runs one more query.
async function rollbackUnread(driver, query) {
  const session = driver.session();
  const tx = await session.beginTransaction();
  tx.run(query);
  await tx.rollback();
  recordOut((await session.run('RETURN 1 AS n')).records);
  await session.close();
}

function open(auth = neo4j.auth.basic('neo4j', 'secret')) {
  return neo4j.driver(uri, auth, {
    userAgent: USER_AGENT,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 5000,
    logging: { level: 'error', logger: (level, message) => process.stderr.write(`${level}: ${message}\n`) },
  });
}

async function autoCommit(auth) {
  const driver = open(auth);
  const session = driver.session();
  recordOut((await session.run('RETURN 1 AS n')).records);
  await session.close();
  await driver.close();
}

const play = scenarios[scenario];
if (!play) {
  console.error(`unknown scenario ${scenario}`);
  process.exit(2);
}
if (play.length === 0) {
  await play();
} else {
  const driver = open();
  try {
    await play(driver);
  } finally {
    await driver.close();
  }
}
console.log(JSON.stringify({ outputs }));
