namespace Participation.Committees.Services;

/// <summary>The age bands used in profiles and quotas (same as shared/datasets/sortition).</summary>
public static class AgeBands
{
    public static string Of(int age) => age switch
    {
        < 30 => "18-29", < 40 => "30-39", < 50 => "40-49", < 60 => "50-59", < 70 => "60-69", _ => "70-",
    };
}
