using System.Globalization;
using Microsoft.Data.Sqlite;
using Participation.Core.Data;
using SQLitePCL;

namespace Participation.Web.Data;

/// <summary>
/// One statement prepared with <c>sqlite3_prepare_v3</c> (persistent) and run per row: bind by position, step, read the
/// returned key, reset. Values are stored as Microsoft.Data.Sqlite stores them (the submission writer's tests compare
/// its rows column by column with what SaveChanges writes): integers, flags and enums as INTEGER, text and dates as
/// TEXT (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), reals as REAL, bytes as BLOB. Any other type is refused, so a model change
/// that needs another rule shows at once instead of storing a different form.
/// </summary>
internal sealed class SqliteRowStatement : IRowStatement
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public SqliteRowStatement(sqlite3 db, string sql)
    {
        this.db = db;
        Sql = sql;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v3(db, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement), db);
    }

    public string Sql { get; }

    public long? Run(ReadOnlySpan<object?> values)
    {
        try
        {
            for (var i = 0; i < values.Length; i++) Check(Bind(i + 1, values[i]));
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(statement, 0);
            if (rc != raw.SQLITE_DONE) Check(rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(statement); // every parameter is bound again on the next run
        }
    }

    public void Dispose() => statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text16(statement, index, text),
        int n => raw.sqlite3_bind_int64(statement, index, n),
        long n => raw.sqlite3_bind_int64(statement, index, n),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        DateTime at => BindDate(index, at),
        short or byte or sbyte or ushort or uint or Enum => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double real when !double.IsNaN(real) => raw.sqlite3_bind_double(statement, index, real),
        float real when !float.IsNaN(real) => raw.sqlite3_bind_double(statement, index, real),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"A {value.GetType().Name} value has no stored form here (parameter {index} of {Sql})."),
    };

    private int BindDate(int index, DateTime at)
    {
        Span<char> text = stackalloc char[27];
        return raw.sqlite3_bind_text16(statement, index, text[..FormatDate(at, text)]);
    }

    /// <summary>
    /// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> as .NET writes it (the fraction without trailing zeros, no point when it is
    /// zero), digit by digit: formatting by the pattern costs several times more, five dates a submission.
    /// </summary>
    private static int FormatDate(DateTime at, Span<char> text)
    {
        Digits(text[..4], at.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), at.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), at.Day);
        text[10] = ' ';
        Digits(text.Slice(11, 2), at.Hour);
        text[13] = ':';
        Digits(text.Slice(14, 2), at.Minute);
        text[16] = ':';
        Digits(text.Slice(17, 2), at.Second);
        var fraction = (int)(at.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0) return 19;
        var digits = 7;
        for (; fraction % 10 == 0; digits--) fraction /= 10;
        text[19] = '.';
        Digits(text.Slice(20, digits), fraction);
        return 20 + digits;
    }

    private static void Digits(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--, value /= 10) text[i] = (char)('0' + value % 10);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
