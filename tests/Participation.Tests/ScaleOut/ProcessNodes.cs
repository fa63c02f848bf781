using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>Tests that start the site as separate processes run one at a time: each node is a whole site.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessNodes
{
    public const string Name = "Process nodes";
}
