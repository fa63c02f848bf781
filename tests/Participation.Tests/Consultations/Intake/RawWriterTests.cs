using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// The group commit writes its rows with multi-row SQL instead of SaveChanges. What it stores must be exactly what
/// SaveChanges stores: the same values, and column for column the same stored form (dates, enums, flags), on SQLite
/// and on PostgreSQL.
/// </summary>
public sealed class RawWriterTests
{
    [Fact]
    public async Task On_sqlite_a_submission_is_stored_exactly_as_SaveChanges_stores_it()
    {
        using var factory = new IntakeSiteFactory();
        await StoresWhatSaveChangesStoresAsync(factory);
    }

    [PostgresFact]
    public async Task On_postgres_a_submission_is_stored_exactly_as_SaveChanges_stores_it()
    {
        using var factory = new IntakeSiteFactory();
        factory.Settings["Participation:Database:Provider"] = "Postgres";
        factory.Settings["Participation:Database:ConnectionString"] = PostgresFactAttribute.NewDatabase();
        await StoresWhatSaveChangesStoresAsync(factory);
    }

    private static async Task StoresWhatSaveChangesStoresAsync(IntakeSiteFactory factory)
    {
        var client = factory.CreateClient();
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var round = await factory.WithDbAsync(db => db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == roundId));
        var section = await SectionOfAsync(factory, round.DraftId);
        var wardId = await factory.WithDbAsync(db => db.Set<Ward>().Select(w => w.Id).FirstAsync());
        var key = Guid.NewGuid().ToString("N");
        var email = $"raw-{key[..8]}@example.jp";
        var response = await client.SendAsync(GroupCommitTests.Post(roundId, JsonContent.Create(new
        {
            category = "business", name = "  生 書込 ", email = $" {email} ", phone = "03-1234-5678", address = "  東京都 ", wardId,
            opinions = new[]
            {
                new { section = " " + section + " ", text = "  第一の意見:\n改行も含みます。 " },
                new { section = "", text = "blank lines are skipped" },
                new { section = "general", text = "   " },
            },
        }), key));
        var receipt = await GroupCommitTests.ReceiptAsync(response);

        var stored = await factory.WithDbAsync(db => db.Set<Submission>().AsNoTracking().Include(s => s.Opinions)
            .FirstAsync(s => s.ReceiptNumber == receipt));
        Assert.Equal((roundId, Channel.Api, SubmitterCategory.Business, wardId, SubmissionStatus.Active, "api:" + key),
            (stored.RoundId, stored.Channel, stored.Category, stored.WardId, stored.Status, stored.IdempotencyKey));
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.InRange(stored.CreatedAt, DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(stored.CreatedAt, stored.ReceivedAt);
        Assert.Matches("^[0-9A-F]{64}$", stored.AccessTokenHash!);
        Assert.Null(stored.UserId);
        var opinions = stored.Opinions.OrderBy(o => o.Order).ToList();
        Assert.Equal([(0, section, "第一の意見:\n改行も含みます。"), (1, "general", "blank lines are skipped")],
            opinions.Select(o => (o.Order, o.Section, o.Text)).ToList());
        Assert.All(opinions, o => Assert.Equal((roundId, 0, false, (string?)null), (o.RoundId, o.Version, o.Withheld, o.PublishedText)));

        var contact = await factory.WithDbAsync(db => db.Set<SubmitterContact>().AsNoTracking().FirstAsync(c => c.SubmissionId == stored.Id));
        Assert.Equal(("生 書込", email, "03-1234-5678", "東京都"), (contact.Name, contact.Email, contact.Phone, contact.Address));
        var idText = stored.Id.ToString(CultureInfo.InvariantCulture);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .SingleAsync(a => a.EntityType == "submission" && a.EntityId == idText));
        Assert.Equal(("submission.accepted", $"round={roundId};channel=Api"), (audit.Action, audit.Details));
        Assert.InRange(audit.At, stored.CreatedAt, DateTime.UtcNow); // the commit's time
        // The outbox row is done once the receipt mail is out: marked, its secret gone.
        var outbox = await Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .SingleAsync(e => e.SubmissionId == stored.Id)), e => e.ProcessedAt != null);
        Assert.Equal(("ja-JP", (string?)null, audit.At), (outbox.Culture, outbox.ProtectedSecret, outbox.CreatedAt));
        Assert.NotNull(outbox.LockedBy);
        Assert.Equal(outbox.CreatedAt.AddSeconds(120), outbox.LockedUntil); // leased at birth by the writing node
        var mail = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Lifecycle.Mails.In(factory.MailFolder).Where(m => m.To.Contains(email)).ToList()), m => m.Count > 0));
        Assert.Contains(receipt, mail.Subject);
        Assert.Contains($"{outbox.Origin}/rounds/{roundId}/submissions/{receipt.ToLowerInvariant()}?key=", mail.Body);
        Assert.Equal(1, factory.Accepted.GetValueOrDefault(stored.Id));

        // The same rows written by SaveChanges, then compared column by column in their stored form.
        var copy = await factory.WithDbAsync(async db =>
        {
            var s = new Submission
            {
                RoundId = stored.RoundId, ReceiptNumber = "COPY-" + key[..10], Channel = stored.Channel, Category = stored.Category,
                WardId = stored.WardId, ReceivedAt = stored.ReceivedAt, CreatedAt = stored.CreatedAt, Status = stored.Status,
                IdempotencyKey = "copy:" + key, AccessTokenHash = stored.AccessTokenHash,
                Opinions = opinions.Select(o => new Opinion { RoundId = o.RoundId, Order = o.Order, Section = o.Section, Text = o.Text }).ToList(),
            };
            db.Add(s);
            await db.SaveChangesAsync();
            db.Add(new SubmitterContact { SubmissionId = s.Id, Name = contact.Name, Email = contact.Email, Phone = contact.Phone, Address = contact.Address });
            db.Add(new AuditEntry { At = audit.At, Action = audit.Action, EntityType = audit.EntityType, EntityId = "copy", Details = audit.Details });
            db.Add(new SubmissionOutboxEntry
            {
                SubmissionId = s.Id, CreatedAt = outbox.CreatedAt, Origin = outbox.Origin, Culture = outbox.Culture, LockedBy = outbox.LockedBy,
                LockedUntil = outbox.LockedUntil, ProcessedAt = outbox.ProcessedAt, Attempts = outbox.Attempts,
            });
            await db.SaveChangesAsync();
            return s;
        });
        await factory.WithDbAsync(async db =>
        {
            await AssertSameColumnsAsync<Submission>(db, "Id", stored.Id, copy.Id, "Id", "ReceiptNumber", "IdempotencyKey");
            foreach (var (raw, saved) in opinions.Zip(copy.Opinions.OrderBy(o => o.Order)))
                await AssertSameColumnsAsync<Opinion>(db, "Id", raw.Id, saved.Id, "Id", "SubmissionId");
            await AssertSameColumnsAsync<SubmitterContact>(db, "SubmissionId", stored.Id, copy.Id, "SubmissionId");
            var auditCopy = await db.Set<AuditEntry>().Where(a => a.EntityId == "copy").Select(a => a.Id).SingleAsync();
            await AssertSameColumnsAsync<AuditEntry>(db, "Id", audit.Id, auditCopy, "Id", "EntityId");
            await AssertSameColumnsAsync<SubmissionOutboxEntry>(db, "SubmissionId", stored.Id, copy.Id, "Id", "SubmissionId");
            return 0;
        });
    }

    private static async Task<string> SectionOfAsync(ParticipationFactory factory, int draftId)
    {
        using var scope = factory.Services.CreateScope();
        var anchors = await scope.ServiceProvider.GetRequiredService<SubmissionService>().SectionAnchorsAsync(draftId, CancellationToken.None);
        return anchors.First(a => a != Opinion.General);
    }

    private static async Task AssertSameColumnsAsync<T>(ParticipationDbContext db, string column, object rawKey, object savedKey, params string[] except)
    {
        var raw = await ColumnsAsync<T>(db, column, rawKey);
        var saved = await ColumnsAsync<T>(db, column, savedKey);
        foreach (var name in except) { raw.Remove(name); saved.Remove(name); }
        Assert.Equal(saved, raw);
    }

    /// <summary>One row as the database holds it: every column, its stored type and value as text.</summary>
    private static async Task<Dictionary<string, string>> ColumnsAsync<T>(ParticipationDbContext db, string column, object key)
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{column}\" = @key";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no {table} row with {column} = {key}");
        var row = new Dictionary<string, string>();
        for (var i = 0; i < reader.FieldCount; i++)
            row[reader.GetName(i)] = reader.IsDBNull(i) ? "NULL" : $"{reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}";
        Assert.False(await reader.ReadAsync());
        return row;
    }
}
