using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Intake;
using Participation.Core.Audit;

namespace Participation.Tests.Consultations.Intake;

/// <summary>The group-commit writer: a 201 receipt means committed rows, keys stay unique, errors come back at once.</summary>
public sealed class GroupCommitTests(IntakeSiteFactory factory) : IClassFixture<IntakeSiteFactory>
{
    internal static StringContent Body(string? name, string email, string text = "group commit の確認のための意見です。") =>
        new(JsonSerializer.Serialize(new { category = "resident", name, email, opinions = new[] { new { section = "general", text } } }),
            Encoding.UTF8, "application/json");

    internal static HttpRequestMessage Post(int roundId, HttpContent body, string? key = null, string query = "")
    {
        var m = new HttpRequestMessage(HttpMethod.Post, $"/api/rounds/{roundId}/submissions{query}") { Content = body };
        if (key is not null) m.Headers.Add("Idempotency-Key", key);
        return m;
    }

    internal static async Task<string> ReceiptAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString()!;
    }

    [Fact]
    public async Task Every_receipt_of_concurrent_submissions_has_its_rows_one_mail_and_one_event()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var run = Guid.NewGuid().ToString("N")[..8];
        var emails = Enumerable.Range(0, 40).Select(i => $"gc-{run}-{i}@example.jp").ToList();
        var responses = await Task.WhenAll(emails.Select(e => client.SendAsync(Post(id, Body("並行 太郎", e), key: "k-" + e))));
        var receipts = new List<string>();
        foreach (var r in responses) receipts.Add(await ReceiptAsync(r));

        var rows = await factory.WithDbAsync(db => db.Set<Submission>().Include(s => s.Opinions)
            .Where(s => receipts.Contains(s.ReceiptNumber)).ToListAsync());
        Assert.Equal(40, rows.Count);
        Assert.All(rows, s => Assert.Single(s.Opinions));
        var ids = rows.Select(s => s.Id).ToList();
        var stringIds = ids.Select(i => i.ToString()).ToList();
        Assert.Equal(40, await factory.WithDbAsync(db => db.Set<SubmitterContact>().CountAsync(c => ids.Contains(c.SubmissionId) && emails.Contains(c.Email!))));
        Assert.Equal(40, await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "submission.accepted" && stringIds.Contains(a.EntityId))));

        var processed = await Eventually.ValueAsync(() => factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>()
            .Where(e => ids.Contains(e.SubmissionId)).ToListAsync()), e => e.Count == 40 && e.All(x => x.ProcessedAt != null));
        Assert.All(processed, e => Assert.Null(e.ProtectedSecret));
        await Task.Delay(1000); // a few more polls: nothing may run twice
        Assert.All(emails, e => Assert.Single(Eventually.Read(factory.MailFolder, e)));
        Assert.All(ids, i => Assert.Equal(1, factory.Accepted.GetValueOrDefault(i)));
    }

    [Fact]
    public async Task The_same_key_sent_twenty_times_at_once_stores_one_submission_with_one_receipt()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString();
        var email = $"same-key-{key[..8]}@example.jp";
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.SendAsync(Post(id, Body("重複 花子", email), key))));
        var receipts = new List<string>();
        foreach (var r in responses) receipts.Add(await ReceiptAsync(r));
        Assert.Single(receipts.Distinct());
        Assert.Equal(receipts[0], await ReceiptAsync(await client.SendAsync(Post(id, Body("重複 花子", email), key))));

        var stored = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.IdempotencyKey == "api:" + key).ToListAsync());
        Assert.Equal(receipts[0], Assert.Single(stored).ReceiptNumber);
        await Eventually.MailsAsync(factory.MailFolder, email);
        await Task.Delay(1000);
        Assert.Single(Eventually.Read(factory.MailFolder, email));
        Assert.Equal(1, factory.Accepted.GetValueOrDefault(stored[0].Id));
    }

    [Fact]
    public async Task Keys_another_node_stored_get_their_first_receipts_in_a_batch_with_new_ones()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var run = Guid.NewGuid().ToString("N")[..8];
        // Stored by another node (this one has never answered them): only the database knows these keys.
        var earlier = new Dictionary<string, string>();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                var receipt = $"PC{id}-ELSE-{run}{i}";
                earlier[$"else-{run}-{i}"] = receipt;
                db.Add(new Submission
                {
                    RoundId = id, ReceiptNumber = receipt, Channel = Channel.Api, Category = SubmitterCategory.Resident,
                    ReceivedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow, IdempotencyKey = $"api:else-{run}-{i}",
                    Opinions = [new Opinion { RoundId = id, Text = "別のノードが受け付けた意見です。" }],
                });
            }
            return await db.SaveChangesAsync();
        });
        var keys = earlier.Keys.Concat(Enumerable.Range(0, 5).Select(i => $"new-{run}-{i}")).ToList();
        var client = factory.CreateClient();
        var responses = await Task.WhenAll(keys.Select(k => client.SendAsync(Post(id, Body("混在 次郎", $"{k}@example.jp"), k))));
        var receipts = new Dictionary<string, string>();
        for (var i = 0; i < keys.Count; i++) receipts[keys[i]] = await ReceiptAsync(responses[i]);

        foreach (var (key, receipt) in earlier) Assert.Equal(receipt, receipts[key]);
        var stored = await factory.WithDbAsync(db => db.Set<Submission>().AsNoTracking().Include(s => s.Opinions)
            .Where(s => s.IdempotencyKey!.Contains(run)).ToListAsync());
        Assert.Equal(10, stored.Count);
        Assert.All(stored.Where(s => s.IdempotencyKey!.StartsWith("api:else-")), s => Assert.Equal("別のノードが受け付けた意見です。", Assert.Single(s.Opinions).Text));
        var fresh = stored.Where(s => s.IdempotencyKey!.StartsWith("api:new-")).ToList();
        Assert.Equal(fresh.Select(s => s.ReceiptNumber).Order(), keys.Skip(5).Select(k => receipts[k]).Order());
        var freshIds = fresh.Select(s => s.Id).ToList();
        var outbox = await factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().Where(e => stored.Select(s => s.Id).Contains(e.SubmissionId)).ToListAsync());
        Assert.Equal(freshIds.Order(), outbox.Select(e => e.SubmissionId).Order());
        Assert.Empty(Eventually.Read(factory.MailFolder, $"else-{run}"));
    }

    [Fact]
    public async Task On_sqlite_the_receipt_numbers_of_submissions_one_after_another_sort_in_their_order()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var run = Guid.NewGuid().ToString("N")[..8];
        var receipts = new List<string>();
        for (var i = 0; i < 6; i++)
            receipts.Add(await ReceiptAsync(await client.SendAsync(Post(id, Body("順番 三郎", $"order-{run}-{i}@example.jp"), $"order-{run}-{i}"))));

        Assert.All(receipts, r => Assert.Matches($"^PC{id}-[2-9A-HJ-NP-Z]{{4}}-[2-9A-HJ-NP-Z]{{4}}$", r));
        Assert.Equal(receipts, receipts.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(6, receipts.Distinct().Count());
    }

    [Fact]
    public async Task A_receipt_number_drawn_twice_is_drawn_again_and_the_rest_of_its_batch_is_kept()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var run = Guid.NewGuid().ToString("N")[..8];
        var taken = $"PC{id}-TAKE-{run}";
        await factory.WithDbAsync(db =>
        {
            db.Add(new Submission
            {
                RoundId = id, ReceiptNumber = taken, Channel = Channel.Api, Category = SubmitterCategory.Resident,
                ReceivedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow, IdempotencyKey = $"api:taken-{run}",
                Opinions = [new Opinion { RoundId = id, Text = "先に受け付けた意見です。" }],
            });
            return db.SaveChangesAsync();
        });
        // Handed to the writer together, so they share a batch: the first holds a receipt number already stored.
        var writer = factory.Services.GetRequiredService<SubmissionWriter>();
        var pending = Enumerable.Range(0, 4).Select(i => new PendingSubmission(
            new Submission
            {
                RoundId = id, ReceiptNumber = i == 0 ? taken : $"PC{id}-FREE-{run}{i}", Channel = Channel.Api,
                Category = SubmitterCategory.Resident, ReceivedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
                IdempotencyKey = $"api:drawn-{run}-{i}", Opinions = [new Opinion { RoundId = id, Order = 0, Text = $"二度引かれた番号の確認 {i}" }],
            },
            new SubmitterContact { Name = "番号 重複", Email = $"drawn-{run}-{i}@example.jp" }, null, null, null, "ja")).ToList();
        var results = await Task.WhenAll(pending.Select(p => writer.SubmitAsync(p, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(SubmissionOutcome.Accepted, r.Outcome));
        Assert.NotEqual(taken, results[0].Receipt);
        Assert.Matches($"^PC{id}-[2-9A-HJ-NP-Z]{{4}}-[2-9A-HJ-NP-Z]{{4}}$", results[0].Receipt!);
        Assert.Equal([$"PC{id}-FREE-{run}1", $"PC{id}-FREE-{run}2", $"PC{id}-FREE-{run}3"], results.Skip(1).Select(r => r.Receipt!).ToList());
        var stored = await factory.WithDbAsync(db => db.Set<Submission>().AsNoTracking().Include(s => s.Opinions)
            .Where(s => s.IdempotencyKey!.Contains(run)).ToListAsync());
        Assert.Equal(5, stored.Count);
        Assert.Equal("先に受け付けた意見です。", Assert.Single(stored.Single(s => s.ReceiptNumber == taken).Opinions).Text);
        Assert.Equal("二度引かれた番号の確認 0", Assert.Single(stored.Single(s => s.ReceiptNumber == results[0].Receipt).Opinions).Text);
    }

    [Fact]
    public async Task Validation_errors_come_back_at_once_in_the_callers_language_and_store_nothing()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString();
        var japanese = await client.SendAsync(Post(id, Body(null, "no-name@example.jp"), key));
        var english = await client.SendAsync(Post(id, Body(null, "no-name@example.jp"), key, "?culture=en"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, japanese.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, english.StatusCode);
        Assert.Equal("氏名を入力してください。", (await japanese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("Enter your name.", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.IdempotencyKey == "api:" + key)));
    }
}
