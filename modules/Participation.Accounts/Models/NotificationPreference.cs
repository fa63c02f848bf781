using Participation.Core.Me;

namespace Participation.Accounts.Models;

/// <summary>How one person wants one kind of notice (a code from <see cref="NotificationKinds"/>) delivered.</summary>
public class NotificationPreference
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public NotificationDelivery Delivery { get; set; }
    public DateTime UpdatedAt { get; set; }
}
