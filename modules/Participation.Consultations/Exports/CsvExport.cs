using Participation.Consultations.Services;
using Participation.Core.Text;

namespace Participation.Consultations.Exports;

/// <summary>The results table as CSV: UTF-8 with BOM so Excel opens the Japanese, formulas neutralised.</summary>
public static class CsvExport
{
    public static byte[] Write(RoundResults results) =>
        Csv.ToBytes(ResultRows.Of(results).Prepend(ResultRows.Header), guardFormulas: true);
}
