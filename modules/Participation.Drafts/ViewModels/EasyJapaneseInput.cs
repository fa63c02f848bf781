using System.ComponentModel.DataAnnotations;
using Participation.Drafts.Models;

namespace Participation.Drafts.ViewModels;

public sealed class EasyJapaneseInput
{
    [StringLength(EasyJapaneseSummary.MaxLength, ErrorMessage = "Validation.StringLength"), Display(Name = "EasyJa.Text")]
    public string? Text { get; set; }
}

public sealed record EasyJapaneseEditModel(int DraftId, string DraftTitle, EasyJapaneseInput Input);

public sealed record EasyJapaneseListRow(int DraftId, string Title, bool HasSummary);

/// <summary>The box on the round page: paragraphs of the summary (null when there is none) and the furigana switch.</summary>
public sealed record EasyJapaneseBoxModel(IReadOnlyList<string>? Paragraphs, bool FuriganaOn, string ReturnUrl);
