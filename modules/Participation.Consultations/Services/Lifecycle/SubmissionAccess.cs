using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// Finds a submission for the person it belongs to: by the mailed key, or as the signed-in submitter.
/// Unknown receipt and wrong key look the same (null), so nobody learns which receipts exist.
/// </summary>
public sealed class SubmissionAccess(ParticipationDbContext db)
{
    public async Task<Submission?> FindAsync(int roundId, string receipt, string? key, ClaimsPrincipal user, CancellationToken ct)
    {
        var number = receipt.ToUpperInvariant();
        var submission = await db.Set<Submission>().FirstOrDefaultAsync(s => s.RoundId == roundId && s.ReceiptNumber == number, ct);
        if (submission is null) return null;
        if (user.UserId() is { } userId && submission.UserId == userId) return submission;
        return KeyMatches(submission, key) ? submission : null;
    }

    private static bool KeyMatches(Submission submission, string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 128 || submission.AccessTokenHash is null) return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ReceiptNumbers.Hash(key)), Encoding.ASCII.GetBytes(submission.AccessTokenHash));
    }
}
