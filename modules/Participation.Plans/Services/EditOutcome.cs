namespace Participation.Plans.Services;

/// <summary>What a staff edit came to. Invalid and Refused carry their messages in the model state.</summary>
public enum EditOutcome
{
    Saved,
    /// <summary>Input does not validate; the form is shown again with what was typed.</summary>
    Invalid,
    /// <summary>Someone saved the record after this form was opened (row version differs).</summary>
    Conflict,
    /// <summary>Deleting would orphan data that depends on the record.</summary>
    Refused,
}
