using System.Data.Common;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>A writer session's prepared single-row INSERT per entity type, made anew if the SQL for a type changes.</summary>
internal sealed class PreparedInserts(IRowStatements statements, DbConnection connection) : IDisposable
{
    private readonly Dictionary<Type, IRowStatement> prepared = [];

    /// <summary>The statement for <paramref name="type"/>; null if the provider cannot prepare one on this connection.</summary>
    public IRowStatement? For(Type type, string sql)
    {
        if (prepared.TryGetValue(type, out var statement) && statement.Sql == sql) return statement;
        statement?.Dispose();
        prepared.Remove(type);
        statement = statements.Prepare(connection, sql);
        if (statement is not null) prepared[type] = statement;
        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in prepared.Values) statement.Dispose();
        prepared.Clear();
    }
}
