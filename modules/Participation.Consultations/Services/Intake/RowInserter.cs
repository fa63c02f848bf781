using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Inserts many rows of one entity type with multi-row <c>INSERT … VALUES (…),(…) RETURNING</c> statements on the
/// context's open connection and transaction, bypassing change tracking (the group commit's dearest part). Tables,
/// columns, value conversions and parameter types come from the EF model, so the SQL is right for SQLite and
/// PostgreSQL alike and follows the model. A database-generated key is read back and set on the entity, matched by
/// columns that identify the row within the batch (never by the order of the returned rows, which SQL leaves open).
/// On SQLite with a session's <paramref name="prepared"/> statements, each row is one run of a single-row INSERT
/// prepared once per connection through SQLite's own API instead (<see cref="IRowStatement"/>): no SQL to parse per
/// batch, values bound by position — no parameter objects, no search of parameter names (quadratic over a multi-row
/// statement), no reader per row. This was most of the writer's time through ADO.NET.
/// </summary>
internal sealed class RowInserter(DbContext db, PreparedInserts? prepared = null)
{
    // PostgreSQL: few round trips (well under its 65,535 parameters per statement). SQLite has no round trips but binds
    // each parameter by a linear search of the statement's names, so long statements cost quadratic time there
    // (measured: 400 parameters a statement still spent a tenth of the site's time in that search).
    private const int MaxParametersPostgres = 8000;
    private const int MaxParametersSqlite = 100;

    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>The entity types this inserter has written rows of.</summary>
    public HashSet<Type> Inserted { get; } = [];

    /// <param name="matchBy">Properties whose values are unique within <paramref name="rows"/>; needed when the key is generated.</param>
    /// <param name="skipConflictsOn">
    /// Properties of a unique index: a row whose values are already stored is left out (<c>ON CONFLICT … DO NOTHING</c>)
    /// and its generated key stays unset.
    /// </param>
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, string[] matchBy, CancellationToken ct, string[]? skipConflictsOn = null) where T : class
    {
        if (rows.Count == 0) return;
        Inserted.Add(typeof(T));
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var generated = key.ValueGenerated == ValueGenerated.OnAdd;
        var columns = entity.GetProperties().Where(p => !(generated && p == key)).ToList();
        var match = matchBy.Select(n => Mapped(entity, n)).ToArray();
        if (generated && match.Length == 0) throw new InvalidOperationException($"{typeof(T).Name} has a generated key: name the columns that match rows.");

        var head = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))).Append(") VALUES ").ToString();
        var conflict = skipConflictsOn is null ? ""
            : " ON CONFLICT (" + string.Join(", ", skipConflictsOn.Select(n => sql.DelimitIdentifier(Mapped(entity, n).GetColumnName(table)!))) + ") DO NOTHING";
        var returning = generated
            ? " RETURNING " + string.Join(", ", new[] { key }.Concat(match).Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))
            : "";
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var sqlite = db.Database.IsSqliteProvider();
        var single = sqlite && prepared is not null
            ? $"{head}({string.Join(", ", columns.Select((_, c) => Name(c)))}){conflict}"
              + (generated ? " RETURNING " + sql.DelimitIdentifier(key.GetColumnName(table)!) : "")
            : null;
        if (single is not null && prepared!.For(typeof(T), single) is { } statement)
        {
            InsertEach(rows, statement, mappings, getters, generated ? key : null, skipConflictsOn is not null);
            return;
        }
        var perStatement = Math.Max(1, (sqlite ? MaxParametersSqlite : MaxParametersPostgres) / columns.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var chunk = Math.Min(perStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head, head.Length + chunk * columns.Count * 8 + returning.Length);
            var n = 0;
            for (var r = 0; r < chunk; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = Name(n);
                    n++;
                    if (c > 0) text.Append(", ");
                    text.Append(name);
                    var value = getters[c].GetClrValueUsingContainingEntity(rows[start + r]);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, value, columns[c].IsNullable));
                }
                text.Append(')');
            }
            command.CommandText = text.Append(conflict).Append(returning).ToString();
            if (!generated)
            {
                await command.ExecuteNonQueryAsync(ct);
                continue;
            }
            await ReadKeysAsync(command, rows, start, chunk, key, match, skipConflictsOn is not null, ct);
        }
    }

    /// <summary>One run of the prepared single-row statement per row; a generated key is the one value it returns.</summary>
    private static void InsertEach<T>(IReadOnlyList<T> rows, IRowStatement statement, RelationalTypeMapping[] mappings,
        IClrPropertyGetter[] getters, IProperty? generatedKey, bool mayBeSkipped) where T : class
    {
        var setter = generatedKey is null ? null : KeySetter<T>(generatedKey);
        var values = new object?[getters.Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < getters.Length; c++) values[c] = ProviderValue(getters[c], mappings[c].Converter, row);
            var id = statement.Run(values);
            if (setter is null || (id is null && mayBeSkipped)) continue;
            if (id is null) throw new InvalidOperationException($"No key returned for a {typeof(T).Name} row.");
            SetKey(setter, row, id.Value);
        }
    }

    private static string Name(int n) => "@p" + n.ToString(CultureInfo.InvariantCulture);

    private static IProperty Mapped(IEntityType entity, string name) =>
        entity.FindProperty(name) ?? throw new InvalidOperationException($"{entity.ClrType.Name}.{name} is not mapped.");

    private static PropertyInfo KeySetter<T>(IProperty key) =>
        key.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{key.Name} has no property to set.");

    private static void SetKey(PropertyInfo setter, object row, object value) =>
        setter.SetValue(row, Convert.ChangeType(value, setter.PropertyType, CultureInfo.InvariantCulture));

    private static async Task ReadKeysAsync<T>(DbCommand command, IReadOnlyList<T> rows, int start, int count, IProperty key,
        IProperty[] match, bool mayBeSkipped, CancellationToken ct) where T : class
    {
        var byMatch = new Dictionary<string, T>(count);
        for (var r = start; r < start + count; r++)
            if (!byMatch.TryAdd(MatchOf(match, i => ProviderValue(match[i], rows[r])), rows[r]))
                throw new InvalidOperationException($"Two {typeof(T).Name} rows of one batch have the same {string.Join("/", match.Select(m => m.Name))}.");
        var setter = KeySetter<T>(key);
        var read = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var row = byMatch[MatchOf(match, i => reader.GetValue(i + 1))];
                SetKey(setter, row, reader.GetValue(0));
                read++;
            }
        }
        if (read != count && !mayBeSkipped) throw new InvalidOperationException($"{count} {typeof(T).Name} rows inserted but {read} keys returned.");
    }

    private static object? ProviderValue(IProperty property, object entity) =>
        ProviderValue(property.GetGetter(), property.GetTypeMapping().Converter, entity);

    /// <summary>The value as an EF parameter would carry it to the database (enums as numbers, dates as UTC).</summary>
    private static object? ProviderValue(IClrPropertyGetter getter, ValueConverter? converter, object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
    }

    private static string MatchOf(IProperty[] match, Func<int, object?> value)
    {
        if (match.Length == 1) return Convert.ToString(value(0), CultureInfo.InvariantCulture) ?? "";
        var text = new StringBuilder();
        for (var i = 0; i < match.Length; i++) text.Append(Convert.ToString(value(i), CultureInfo.InvariantCulture)).Append('\u001f');
        return text.ToString();
    }
}
