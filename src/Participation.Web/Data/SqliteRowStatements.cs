using System.Data.Common;
using Microsoft.Data.Sqlite;
using Participation.Core.Data;

namespace Participation.Web.Data;

/// <summary>SQLite's <see cref="IRowStatements"/>: statements prepared on the connection's own handle.</summary>
internal sealed class SqliteRowStatements : IRowStatements
{
    public IRowStatement? Prepare(DbConnection connection, string sql) =>
        connection is SqliteConnection { Handle: { } handle } ? new SqliteRowStatement(handle, sql) : null;
}
