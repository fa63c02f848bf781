using Participation.Core.Consultations;

namespace Participation.Summaries.Reports;

/// <summary>One breakdown as a table on a report page.</summary>
public sealed record CountTableModel(string Heading, IReadOnlyList<(string Label, ReportCount Count)> Rows);
