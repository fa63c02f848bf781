using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Me;
using Participation.Core.Text;

namespace Participation.Accounts.Services;

/// <summary>
/// Gathers every module's <see cref="IPersonalDataHandler"/>: the export (JSON, CSV) and the erasure.
/// The CSV is one file in "long" form — section, row, field, value — so tables of any shape fit one sheet.
/// </summary>
public sealed class PersonalDataService(IEnumerable<IPersonalDataHandler> handlers, ParticipationDbContext db,
    UserManager<AppUser> users, IAuditLog audit, TimeProvider clock)
{
    public async Task<List<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        var sections = new List<PersonalDataSection>();
        foreach (var handler in handlers) sections.AddRange(await handler.ExportAsync(userId, ct));
        return sections;
    }

    public byte[] ToJson(IReadOnlyList<PersonalDataSection> sections)
    {
        var body = new Dictionary<string, object>
        {
            ["exported_at"] = PersonalDataSection.Cell(clock.GetUtcNow().UtcDateTime),
            ["sections"] = sections.ToDictionary(s => s.Name, s => s.Rows.Select(r =>
                s.Columns.Select((c, i) => (c, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.c, x => x.v)).ToList()),
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
    }

    public static byte[] ToCsv(IReadOnlyList<PersonalDataSection> sections)
    {
        var rows = new List<IEnumerable<string>> { new[] { "section", "row", "field", "value" } };
        foreach (var s in sections)
            for (var r = 0; r < s.Rows.Count; r++)
                for (var c = 0; c < s.Columns.Count; c++)
                    rows.Add([s.Name, (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s.Columns[c], c < s.Rows[r].Count ? s.Rows[r][c] : ""]);
        return Csv.ToBytes(rows, guardFormulas: true);
    }

    /// <summary>
    /// Every module erases its part, then the account row goes (Identity removes its roles, claims and logins),
    /// all in one transaction. The audit keeps only the user id and how many records were touched.
    /// </summary>
    public async Task<bool> EraseAsync(AppUser user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var touched = 0;
        foreach (var handler in handlers) touched += await handler.EraseAsync(user.Id, ct);
        audit.Record("user.erased", "user", user.Id, $"records={touched}");
        await db.SaveChangesAsync(ct);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) return false;
        await tx.CommitAsync(ct);
        return true;
    }
}
