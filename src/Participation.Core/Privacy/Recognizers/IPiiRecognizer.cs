namespace Participation.Core.Privacy.Recognizers;

/// <summary>Finds one kind of personal data. Spans may overlap others; the merger resolves them.</summary>
public interface IPiiRecognizer
{
    IEnumerable<PiiSpan> Find(PiiText text);
}
