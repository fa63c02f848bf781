using System.ComponentModel.DataAnnotations;
using Participation.Committees.Models;

namespace Participation.Committees.ViewModels;

/// <summary>A new selection run as the secretariat sets it up.</summary>
public sealed class SelectionInput
{
    public SelectionMethod Method { get; set; } = SelectionMethod.FairLottery;

    [Range(1, 500, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Selection.PanelSize")]
    public int PanelSize { get; set; } = 6;

    public bool OnePerHousehold { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Selection.Quotas")]
    public string? Quotas { get; set; }
}

public sealed record SelectionPage(Committee Committee, Recruitment Recruitment, int PoolSize, SelectionInput Input,
    IReadOnlyList<SelectionRun> Runs, IReadOnlyList<string> Explanation);

public sealed record RunPage(Committee Committee, Recruitment Recruitment, SelectionRun Run,
    IReadOnlyList<(string Id, double P, string? Receipt, SelectionOutcome Outcome, int? Reserve)> Rows);

public sealed record PublicRunPage(Committee Committee, SelectionRun Run, IReadOnlyList<(string Id, double P)> Probabilities,
    IReadOnlyList<string> Members, IReadOnlyList<string> Reserves);
