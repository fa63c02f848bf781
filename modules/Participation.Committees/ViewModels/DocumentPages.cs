using System.ComponentModel.DataAnnotations;
using Participation.Committees.Models;

namespace Participation.Committees.ViewModels;

/// <summary>The document form on /staff/committees/{id}/documents/new and /{docId}. Dates stay text so a wrong one is shown back as typed.</summary>
public sealed class DocumentInput
{
    public CommitteeDocumentKind Kind { get; set; } = CommitteeDocumentKind.Minutes;

    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Documents.DocTitle")]
    public string? Title { get; set; }

    /// <summary>yyyy-MM-dd (the date input's format).</summary>
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Secretariat.Documents.HeldOn")]
    public string? HeldOn { get; set; }

    [StringLength(100000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Documents.Markdown")]
    public string? Summary { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>The record's version when the form was drawn (edit only).</summary>
    public int Version { get; set; }

    /// <summary>Made up for each drawing of the create form: the same form sent twice makes one record.</summary>
    public string? FormKey { get; set; }
}

/// <summary>The create/edit page: the committee, the document being edited (null when new), the input and its files.</summary>
public sealed record DocumentFormPage(Committee Committee, CommitteeDocument? Document, DocumentInput Input, IReadOnlyList<CommitteeDocumentFile> Files);

/// <summary>A published document on the public committee page, its summary already rendered sanitised.</summary>
public sealed record PublicDocument(CommitteeDocument Document, string SummaryHtml);
