namespace Participation.Bench;

/// <summary>One command of the bench tool: <c>dotnet run -c Release --project bench/Participation.Bench -- NAME …</c>.</summary>
public interface IBenchCommand
{
    string Name { get; }
    string Usage { get; }
    /// <summary>Runs the command; returns the process exit code. The last stdout line must be one JSON object.</summary>
    Task<int> RunAsync(BenchArgs args);
}
