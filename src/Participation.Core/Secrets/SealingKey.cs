namespace Participation.Core.Secrets;

/// <summary>
/// A data key of the <see cref="SecretSealer"/>: 32 random bytes, stored only as Data Protection protected them.
/// Each process makes its own on first use; keys stay so that values sealed under them can be read by any node.
/// </summary>
public class SealingKey
{
    public int Id { get; set; }
    public required string ProtectedKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
