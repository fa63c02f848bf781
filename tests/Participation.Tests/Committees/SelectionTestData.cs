using Participation.Committees.Selection;

namespace Participation.Tests.Committees;

/// <summary>Small pools for the selection tests, and the shared sortition datasets.</summary>
internal static class SelectionTestData
{
    public static string DatasetPath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Participation.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("Participation.sln not found above the test binaries.");
        return Path.Combine(dir.FullName, "..", "shared", "datasets", "sortition", file);
    }

    public static SelectionProblem Load(string file) => SortitionJson.ReadProblem(File.ReadAllText(DatasetPath(file)));

    public static Volunteer Person(string id, string gender, string ward, string? household = null) =>
        new(id, new Dictionary<string, string> { ["gender"] = gender, ["ward"] = ward }, household ?? "h-" + id);

    /// <summary>12 people: 8 men, 4 women, in 中央区 and 北区; p1/p2 and p3/p4 share a household.</summary>
    public static List<Volunteer> SmallPool() =>
    [
        Person("p1", "男性", "中央区", "h1"), Person("p2", "女性", "中央区", "h1"),
        Person("p3", "男性", "北区", "h3"), Person("p4", "男性", "北区", "h3"),
        Person("p5", "男性", "中央区"), Person("p6", "男性", "北区"), Person("p7", "男性", "中央区"),
        Person("p8", "男性", "北区"), Person("p9", "女性", "北区"), Person("p10", "女性", "中央区"),
        Person("p11", "女性", "北区"), Person("p12", "男性", "中央区"),
    ];

    public static List<Quota> GenderQuotas(int womenMin, int womenMax, int menMin, int menMax) =>
        [new("gender", "女性", womenMin, womenMax), new("gender", "男性", menMin, menMax)];
}
