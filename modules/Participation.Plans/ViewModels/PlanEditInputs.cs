using System.ComponentModel.DataAnnotations;

namespace Participation.Plans.ViewModels;

/// <summary>The plan form (総合計画): years are typed as 2026, 2026年度, 令和8年度 or R8.</summary>
public sealed class PlanInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.PlanTitle")]
    public string? Title { get; set; }
    [StringLength(2000, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Vision")]
    public string? Vision { get; set; }
    [StringLength(4000, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.Description")]
    public string? Description { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.StartYear")]
    public string? StartFiscalYear { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.EndYear")]
    public string? EndFiscalYear { get; set; }
    public bool IsPublished { get; set; }
    [Range(0, 10000, ErrorMessage = "Validation.Range"), Display(Name = "Plans.Edit.SortOrder")]
    public int SortOrder { get; set; }
    public int Version { get; set; }
}

/// <summary>A node of the tree: policy area, measure (施策) or project (事業). Parent and level are fixed once created.</summary>
public sealed class MeasureInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(40, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.Code")]
    public string? Code { get; set; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Name")]
    public string? Title { get; set; }
    [StringLength(4000, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.Description")]
    public string? Description { get; set; }
    [StringLength(100, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Department")]
    public string? Department { get; set; }
    public int? WardId { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Weight")]
    public string? Weight { get; set; } = "1";
    [Range(0, 10000, ErrorMessage = "Validation.Range"), Display(Name = "Plans.Edit.SortOrder")]
    public int SortOrder { get; set; }
    /// <summary>Only on creation; later changes go through the status form, which keeps the timeline.</summary>
    public string? Status { get; set; }
    public int? ParentId { get; set; }
    public int Version { get; set; }
}

/// <summary>A KPI definition (成果指標): values may carry the unit ("85%"); years as in <see cref="PlanInput"/>.</summary>
public sealed class KpiInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.KpiName")]
    public string? Name { get; set; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(40, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.Unit")]
    public string? Unit { get; set; }
    /// <summary>"higher" or "lower".</summary>
    public string Direction { get; set; } = "higher";
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.BaselineValue")]
    public string? BaselineValue { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.BaselineYear")]
    public string? BaselineFiscalYear { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.TargetValue")]
    public string? TargetValue { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Plans.Edit.TargetYear")]
    public string? TargetFiscalYear { get; set; }
    [StringLength(2000, ErrorMessage = "Validation.StringLength"), Display(Name = "Plans.Edit.Comment")]
    public string? Comment { get; set; }
    [Range(0, 10000, ErrorMessage = "Validation.Range"), Display(Name = "Plans.Edit.SortOrder")]
    public int SortOrder { get; set; }
    public int Version { get; set; }
}

/// <summary>Actuals of one KPI, one row per fiscal year; an empty value removes that year's actual.</summary>
public sealed class ActualsInput
{
    public List<ActualRow> Rows { get; set; } = [];
    public int Version { get; set; }
}

public sealed class ActualRow
{
    public int Year { get; set; }
    public string? Value { get; set; }
}
