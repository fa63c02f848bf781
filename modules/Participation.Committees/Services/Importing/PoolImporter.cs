using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;

namespace Participation.Committees.Services.Importing;

/// <summary>One refused row: its number as the spreadsheet shows it, the column and why.</summary>
public sealed record ImportRowError(int Row, string Column, string Reason);

public sealed record PoolImportResult(int Imported, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// Imports the answers of people who accepted a random invitation (無作為抽出) as the volunteer pool of a recruitment.
/// Columns by header (Japanese or English): 氏名/name, メール/email, 年齢/age, 性別/gender, 区/ward, 職業/occupation,
/// 世帯/household. Good rows are kept; every bad row is reported with the reason and nothing of it is stored.
/// </summary>
public sealed class PoolImporter(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer t)
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["氏名"] = "name", ["name"] = "name", ["メール"] = "email", ["メールアドレス"] = "email", ["email"] = "email",
        ["年齢"] = "age", ["age"] = "age", ["性別"] = "gender", ["gender"] = "gender", ["区"] = "ward", ["ward"] = "ward",
        ["職業"] = "occupation", ["occupation"] = "occupation", ["世帯"] = "household", ["世帯番号"] = "household", ["household"] = "household",
    };

    public static readonly string[] Template = ["氏名", "メール", "年齢", "性別", "区", "職業", "世帯番号"];

    public async Task<PoolImportResult> ImportAsync(Recruitment recruitment, List<string[]> rows, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        if (rows.Count == 0) return new PoolImportResult(0, [new ImportRowError(0, "-", t["Secretariat.Import.Empty"])]);
        var columns = rows[0].Select((h, i) => (Key: Headers.GetValueOrDefault(h.Trim()), i)).Where(x => x.Key is not null)
            .GroupBy(x => x.Key!).ToDictionary(g => g.Key, g => g.First().i);
        var missing = new[] { "name", "age", "gender", "ward" }.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            return new PoolImportResult(0, [new ImportRowError(1, string.Join(", ", missing), t["Secretariat.Import.MissingColumns"])]);

        var wards = (await db.Set<Ward>().Select(w => w.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var imported = 0;
        for (var r = 1; r < rows.Count; r++)
        {
            string Cell(string key) => columns.TryGetValue(key, out var i) && i < rows[r].Length ? rows[r][i].Trim() : "";
            if (rows[r].All(string.IsNullOrWhiteSpace)) continue;
            var rowErrors = new List<ImportRowError>();
            var name = Cell("name");
            if (name.Length is 0 or > 100) rowErrors.Add(new(r + 1, "氏名", t["Secretariat.Import.NameRequired"]));
            if (!int.TryParse(Cell("age"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) || age is < 0 or > 130)
                rowErrors.Add(new(r + 1, "年齢", t["Secretariat.Import.AgeInvalid", Cell("age")]));
            else if (age < recruitment.MinAge)
                rowErrors.Add(new(r + 1, "年齢", t["Secretariat.Import.TooYoung", age, recruitment.MinAge]));
            var gender = Cell("gender");
            if (gender.Length is 0 or > 40) rowErrors.Add(new(r + 1, "性別", t["Secretariat.Import.GenderRequired"]));
            var ward = Cell("ward");
            if (!wards.Contains(ward)) rowErrors.Add(new(r + 1, "区", t["Secretariat.Import.WardUnknown", ward]));
            var email = Cell("email");
            if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 254))
                rowErrors.Add(new(r + 1, "メール", t["Secretariat.Import.EmailInvalid", email]));
            if (rowErrors.Count > 0) { errors.AddRange(rowErrors); continue; }
            db.Add(new Application
            {
                RecruitmentId = recruitment.Id, Source = ApplicationSource.Invitation, Status = ApplicationStatus.UnderReview,
                ReceiptNumber = $"C{recruitment.Id:000}-INV{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
                Gender = gender, AgeBand = AgeBands.Of(age), Ward = ward, Occupation = Cell("occupation"),
                Household = Cell("household"), SubmittedAtUtc = now,
                Contact = new ApplicantContact { Name = name, Email = email, Age = age },
            });
            imported++;
        }
        audit.Record("committee.pool.imported", "recruitment", recruitment.Id.ToString(CultureInfo.InvariantCulture), $"rows={imported} errors={errors.Count}");
        await db.SaveChangesAsync(ct);
        return new PoolImportResult(imported, errors);
    }
}
