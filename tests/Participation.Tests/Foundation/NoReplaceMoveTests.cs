using Participation.Core.Files;

namespace Participation.Tests.Foundation;

/// <summary>Moving a file to a name that must not exist yet (the pickup folder's publish step).</summary>
public sealed class NoReplaceMoveTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("noreplace-").FullName;

    [Fact]
    public void A_free_name_gets_the_file_and_a_taken_one_is_left_as_it_was()
    {
        var draft = Path.Combine(folder, "draft.eml");
        var final = Path.Combine(folder, "final.eml");
        File.WriteAllText(draft, "first");
        Assert.True(NoReplaceMove.TryMove(draft, final));
        Assert.False(File.Exists(draft));
        Assert.Equal("first", File.ReadAllText(final));

        File.WriteAllText(draft, "second");
        Assert.False(NoReplaceMove.TryMove(draft, final));
        Assert.Equal("first", File.ReadAllText(final));
        Assert.Equal("second", File.ReadAllText(draft));
    }

    [Fact]
    public void A_missing_source_is_an_IO_error()
    {
        Assert.ThrowsAny<IOException>(() => NoReplaceMove.TryMove(Path.Combine(folder, "gone.eml"), Path.Combine(folder, "x.eml")));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
