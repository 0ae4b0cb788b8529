// One SQLite statement per SQL text, compiled the first time it is seen, the least recently used
// dropped beyond `capacity` (lists of ids make many texts). Used by the server's connection
// (server/db/connect.ts) and by the read worker's (server/db/read-worker.mjs): plain JavaScript,
// since a worker starts without the TypeScript loader. Reusing a statement is safe: each runs to
// completion (all/run) before the next starts.
export function statementCache(sqlite, capacity = 500) {
  const statements = new Map();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = sqlite.prepare(sql);
      if (statements.size >= capacity) statements.delete(statements.keys().next().value);
    }
    statements.set(sql, statement);
    return statement;
  };
}
