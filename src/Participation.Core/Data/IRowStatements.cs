using System.Data.Common;

namespace Participation.Core.Data;

/// <summary>
/// Single-row statements prepared once on an open connection and then run per row with the values bound by position,
/// through the database's own API: no parameter objects, names, readers or boxing into ADO.NET per row. Offered by
/// providers where that is cheaper than a prepared <see cref="DbCommand"/> (SQLite, whose ADO.NET layer finds each
/// parameter by name on every run); a provider without it registers none.
/// </summary>
public interface IRowStatements
{
    /// <summary>Prepares <paramref name="sql"/> on <paramref name="connection"/>, which must be open; null if the connection is not the provider's.</summary>
    IRowStatement? Prepare(DbConnection connection, string sql);
}

/// <summary>One prepared statement; valid while its connection stays open.</summary>
public interface IRowStatement : IDisposable
{
    string Sql { get; }

    /// <summary>
    /// Binds <paramref name="values"/> to parameters 1…n in order (provider values, as the EF model's converters give
    /// them, stored exactly as the ADO.NET provider stores them) and runs the statement in the connection's current
    /// transaction. Returns the first column of the first row it returns as an integer (a generated key), or null.
    /// A refused row throws the provider's <see cref="DbException"/>.
    /// </summary>
    long? Run(ReadOnlySpan<object?> values);
}
